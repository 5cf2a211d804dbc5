package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A command run for its wall time, peak memory and output. */
class ProcessPeakTest {
  @Test
  void reportsTheExitCodeOutputAndAPeakOfAShortCommand() throws Exception {
    ProcessPeak.Result r =
        ProcessPeak.run(
            List.of("sh", "-c", "echo hello; exit 3"), Duration.ofSeconds(30), Clock.systemUTC());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.output()).isEqualTo("hello\n");
    assertThat(r.wall()).isPositive();
  }
}
