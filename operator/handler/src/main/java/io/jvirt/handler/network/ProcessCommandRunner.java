package io.jvirt.handler.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/** Runs commands as child processes, killing one that outlives its timeout. */
public final class ProcessCommandRunner implements CommandRunner {
  private final Duration timeout;

  /** Commands get {@code timeout} each. */
  public ProcessCommandRunner(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Result run(List<String> command, String stdin) {
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    }
    FutureTask<String> out = drain(process.getInputStream());
    FutureTask<String> err = drain(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the command exited without reading its input; its exit code tells
    }
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish within " + timeout);
      }
      return new Result(process.exitValue(), out.get(), err.get());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the output of " + command.get(0), e);
    }
  }

  /** Reads a stream to its end on a thread of its own (the common pool may be a single thread). */
  private static FutureTask<String> drain(InputStream stream) {
    FutureTask<String> task =
        new FutureTask<>(
            () -> {
              try (stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                stream.transferTo(buffer);
                return buffer.toString(StandardCharsets.UTF_8);
              }
            });
    Thread thread = new Thread(task, "command-output");
    thread.setDaemon(true);
    thread.start();
    return task;
  }
}
