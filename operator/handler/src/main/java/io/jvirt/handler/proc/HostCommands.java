package io.jvirt.handler.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs node tools for virt-handler, optionally inside the host's mount namespace (nsenter into PID
 * 1's), and reports the tool's own message when it fails.
 */
public final class HostCommands {
  private HostCommands() {}

  /**
   * Runs {@code command} in the mount namespace of the host process {@code hostPid} (bind mounts
   * that pods then see).
   */
  public static String inHostMounts(long hostPid, List<String> command) {
    List<String> full =
        new ArrayList<>(List.of("nsenter", "--target", Long.toString(hostPid), "--mount", "--"));
    full.addAll(command);
    return run(full);
  }

  /** Runs {@code command}; returns its stdout, or throws with its stderr. */
  public static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      byte[] err = process.getErrorStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new CommandFailedException(
            String.join(" ", command) + " did not finish in 2 minutes");
      }
      if (process.exitValue() != 0) {
        String message = new String(err, StandardCharsets.UTF_8).strip();
        throw new CommandFailedException(
            message.isEmpty() ? command.get(0) + " exited with " + process.exitValue() : message);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException("interrupted while running " + command.get(0));
    }
  }

  /** A node tool failed; the message is what it printed. */
  public static final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The tool's message. */
    public CommandFailedException(String message) {
      super(message);
    }
  }
}
