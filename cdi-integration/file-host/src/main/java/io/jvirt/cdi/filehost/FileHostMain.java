package io.jvirt.cdi.filehost;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The file host image's entry point: {@code FileHostMain [root]} serves {@code root} (default
 * {@code /disk}) on port {@code $FILE_HOST_PORT} (default 8080) until the process is stopped.
 */
public final class FileHostMain {
  /** The directory served when no argument names one: where containerDisk images keep theirs. */
  public static final String DEFAULT_ROOT = "/disk";

  /** The environment variable naming the port. */
  public static final String PORT_ENV = "FILE_HOST_PORT";

  /** The port served when {@link #PORT_ENV} is unset. */
  public static final int DEFAULT_PORT = 8080;

  private FileHostMain() {}

  /** Starts serving; the server's threads keep the JVM running after this returns. */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : DEFAULT_ROOT);
    FileHost host = FileHost.start(root, port(System.getenv()));
    System.out.printf("file host: serving %s read-only on port %d%n", root, host.port());
  }

  /** The port {@code env} asks for. */
  static int port(Map<String, String> env) {
    String value = env.getOrDefault(PORT_ENV, "").strip();
    if (value.isEmpty()) {
      return DEFAULT_PORT;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(PORT_ENV + " is out of range: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT_ENV + " is not a port number: " + value, e);
    }
  }
}
