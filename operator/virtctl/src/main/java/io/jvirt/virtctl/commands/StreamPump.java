package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.client.ConsoleStream;
import java.io.IOException;
import java.io.InputStream;

/** Copies local input into a stream (port-forward, VNC) until either ends. */
final class StreamPump {
  private static final int CHUNK = 32 * 1024;

  private StreamPump() {}

  /** Blocks until {@code stream} closes; the end of {@code in} closes it. */
  static void until(InputStream in, ConsoleStream stream) {
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[CHUNK];
              try {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                  stream.send(buffer, 0, read);
                }
              } catch (IOException e) {
                // the local side or the stream ended
              } finally {
                stream.close();
              }
            },
            "stream-input");
    reader.setDaemon(true);
    reader.start();
    stream.closed().exceptionally(failure -> null).join();
  }
}
