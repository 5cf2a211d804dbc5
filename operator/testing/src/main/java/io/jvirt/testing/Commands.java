package io.jvirt.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command of the test environment (hack/cluster, kubectl) and returns what it printed. */
public final class Commands {
  private Commands() {}

  /** What a finished command printed (stdout and stderr merged) and its exit code. */
  public record Result(int exitCode, String output) {
    /** The output, or an exception naming the command when it failed. */
    public String orThrow(List<String> command) {
      if (exitCode != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
      }
      return output;
    }
  }

  /** Runs {@code command} in {@code directory}, killing it after {@code timeout}. */
  public static Result run(Path directory, Duration timeout, List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      StringBuilder output = new StringBuilder();
      Thread reader =
          new Thread(
              () -> {
                try {
                  output.append(
                      new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  output.append("<output lost: ").append(e.getMessage()).append('>');
                }
              });
      reader.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " timed out after " + timeout);
      }
      reader.join();
      return new Result(process.exitValue(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }
}
