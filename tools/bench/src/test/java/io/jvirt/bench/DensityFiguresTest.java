package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jvirt.contract.Components;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The density figures computed from what a run saw. */
class DensityFiguresTest {
  @Test
  void controllerMemoryPerVmiIsTheSlopePastItsFixedCost() {
    // 200 MiB fixed, then 50 KiB per VMI from 1,000 on; the small counts are noise
    List<long[]> samples =
        List.of(
            new long[] {0, 180_000},
            new long[] {500, 260_000},
            new long[] {1000, 250_000},
            new long[] {4000, 400_000},
            new long[] {8000, 600_000});
    assertThat(DensityFigures.slopeKib(samples)).isCloseTo(50.0, within(0.5));
  }

  @Test
  void writesPerVmiSumThePodAndVmiWritesRefusedOnesIncludedAndCountEventsApart() {
    DensityMeasurements m =
        new DensityMeasurements(
            100,
            false,
            Duration.ofSeconds(9),
            Duration.ofSeconds(20),
            List.of(),
            0,
            Map.of(
                "create pods",
                100,
                "update virtualmachineinstances",
                200,
                "update virtualmachineinstances 409",
                50,
                "create events",
                100,
                "patch leases",
                10),
            Map.of("delete pods", 100),
            Duration.ofSeconds(5),
            List.of(),
            0,
            1,
            1,
            Map.of(Components.CONTROLLER_MAIN, 150L * 1024));
    Map<String, Double> byKey =
        DensityFigures.of(m).stream()
            .collect(java.util.stream.Collectors.toMap(Figure::key, Figure::value));
    assertThat(byKey.get("api_writes_per_vmi")).isEqualTo(3.5);
    assertThat(byKey.get("api_writes_per_vmi_deletion")).isEqualTo(1.0);
    assertThat(byKey.get("other_writes_per_vmi")).isEqualTo(1.1);
    assertThat(byKey.get("controller_idle_rss_mib")).isEqualTo(150.0);
    assertThat(byKey.get("api_idle_rss_mib")).isNaN();
    assertThat(byKey.get("creations_per_s")).isEqualTo(11.0);
    assertThat(byKey.get("all_running_s")).isEqualTo(20.0);
  }
}
