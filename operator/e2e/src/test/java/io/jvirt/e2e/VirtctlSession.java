package io.jvirt.e2e;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running virtctl whose input the test types and whose output (both streams) it reads. */
final class VirtctlSession implements AutoCloseable {
  private final Process process;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final Thread reader;

  private VirtctlSession(Process process) {
    this.process = process;
    this.reader = new Thread(this::collect, "virtctl-output");
    reader.setDaemon(true);
    reader.start();
  }

  static VirtctlSession start(Path directory, List<String> command) {
    try {
      return new VirtctlSession(
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code text} as typed. */
  void type(String text) {
    try {
      OutputStream in = process.getOutputStream();
      in.write(text.getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("virtctl no longer reads its input: " + output(), e);
    }
  }

  /** Everything virtctl printed so far. */
  String output() {
    synchronized (output) {
      return output.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits until the output holds {@code text} after {@code from} characters; returns its end. */
  int awaitOutput(String text, int from, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .alias("virtctl printing '" + text + "'")
        .until(() -> output().indexOf(text, from) >= 0);
    return output().indexOf(text, from) + text.length();
  }

  /** Waits for virtctl to end; its exit code. */
  int awaitExit(Duration within) {
    try {
      if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("virtctl still runs after " + within + ": " + output());
      }
      reader.join(within.toMillis());
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  private void collect() {
    byte[] buffer = new byte[4096];
    try (InputStream in = process.getInputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        synchronized (output) {
          output.write(buffer, 0, read);
        }
      }
    } catch (IOException e) {
      // the process ended; what it printed stays
    }
  }
}
