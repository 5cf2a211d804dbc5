package io.jvirt.installer.images;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * A small Java runtime for jvirt's images, made with jlink from the JDK running the installer and
 * cached by Java version and module list (the base every component image starts from).
 */
public final class JavaRuntime {
  /** What virt-controller, virt-api and virt-handler use (checked with jdeps). */
  static final List<String> MODULES =
      List.of(
          "java.base",
          "java.logging",
          "java.management",
          "java.naming",
          "java.net.http",
          "java.sql",
          "java.xml",
          "jdk.crypto.ec",
          "jdk.httpserver",
          "jdk.unsupported",
          "jdk.zipfs");

  private JavaRuntime() {}

  /** Where under {@code cache} the runtime for this JDK and module list lives. */
  static Path home(Path cache) {
    return cache.resolve(
        "jre-" + Runtime.version().feature() + "-" + Integer.toHexString(MODULES.hashCode()));
  }

  /** The runtime's folder under {@code cache}, linked on first use. */
  public static Path linked(Path cache) {
    Path home = home(cache);
    if (Files.isExecutable(home.resolve("bin/java"))) {
      return home;
    }
    try {
      Files.createDirectories(cache);
      Path partial = Files.createTempDirectory(cache, "jre-partial-");
      Files.delete(partial);
      ToolProvider jlink =
          ToolProvider.findFirst("jlink")
              .orElseThrow(() -> new IllegalStateException("jlink not found: run with a JDK"));
      StringWriter log = new StringWriter();
      int rc =
          jlink.run(
              new PrintWriter(log),
              new PrintWriter(log),
              "--add-modules",
              String.join(",", MODULES),
              "--strip-debug",
              "--no-header-files",
              "--no-man-pages",
              "--compress=2",
              "--output",
              partial.toString());
      if (rc != 0) {
        throw new IllegalStateException("jlink failed (" + rc + "): " + log);
      }
      Files.move(partial, home);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot link a Java runtime into " + cache, e);
    }
  }
}
