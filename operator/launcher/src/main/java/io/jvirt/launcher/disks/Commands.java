package io.jvirt.launcher.disks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the disk tools of the launcher image (qemu-img, xorrisofs) and reports their output. */
final class Commands {
  private Commands() {}

  /** Runs {@code command}; returns stdout, or throws with the tool's own message on failure. */
  static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new CommandException(command.get(0) + " did not finish within 5 minutes");
      }
      if (process.exitValue() != 0) {
        String message = new String(err, StandardCharsets.UTF_8).strip();
        throw new CommandException(
            message.isEmpty() ? command.get(0) + " exited with " + process.exitValue() : message);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandException("interrupted while running " + command.get(0));
    }
  }

  /** A tool failed; the message is what the tool printed. */
  static final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandException(String message) {
      super(message);
    }
  }
}
