package io.jvirt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a command and reports its wall time and its peak resident memory ({@code VmHWM}, read from
 * {@code /proc} until it exits; the command must exec its JVM, as hack/installer does).
 */
final class ProcessPeak {
  /** What the command did. */
  record Result(int exitCode, Duration wall, long peakKib, String output) {}

  private static final long LOOK_EVERY_MS = 20;

  private ProcessPeak() {}

  static Result run(List<String> command, Duration timeout, Clock clock)
      throws IOException, InterruptedException {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      Instant start = clock.instant();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      AtomicLong peak = new AtomicLong(-1);
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      timer.scheduleWithFixedDelay(
          () -> peak.accumulateAndGet(highWater(status), Math::max),
          0,
          LOOK_EVERY_MS,
          TimeUnit.MILLISECONDS);
      CompletableFuture<String> output =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new String(
                      process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                  return "";
                }
              });
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not end in " + timeout);
      }
      Duration wall = Duration.between(start, clock.instant());
      return new Result(process.exitValue(), wall, peak.get(), output.join());
    } finally {
      timer.shutdownNow();
    }
  }

  private static long highWater(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone already, or not started yet
    }
    return -1;
  }
}
