package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.bench.StartMarks.Step;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a start's time went, from the steps its watches saw. */
class StartMarksTest {
  private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void hopsRunFromEachSeenStepToTheNextAndKeepTheFirstSighting() {
    StartMarks marks = new StartMarks();
    marks.mark(Step.START, T0);
    marks.mark(Step.VM_CHANGED, T0.plusMillis(1300));
    marks.mark(Step.VMI_CREATED, T0.plusMillis(1400));
    marks.mark(Step.VMI_CREATED, T0.plusMillis(9000));
    marks.mark(Step.POD_CREATED, T0.plusMillis(1450));
    marks.mark(Step.VMI_RUNNING, T0.plusMillis(7000));

    assertThat(marks.since(Step.VMI_RUNNING)).isEqualTo(Duration.ofSeconds(7));
    assertThat(marks.hops())
        .containsExactly(
            java.util.Map.entry("virtctl and virt-api", Duration.ofMillis(1300)),
            java.util.Map.entry("virt-controller (VM)", Duration.ofMillis(100)),
            java.util.Map.entry("virt-controller (VMI)", Duration.ofMillis(50)),
            java.util.Map.entry(
                "virt-handler, virt-launcher, libvirt, QEMU", Duration.ofMillis(5550)));
    assertThat(marks.missing())
        .containsExactly(Step.POD_SCHEDULED, Step.POD_RUNNING, Step.VMI_SCHEDULED, Step.MARKER);
  }

  @Test
  void aStepSeenBeforeTheOneListedAheadOfItIsAZeroHop() {
    StartMarks marks = new StartMarks();
    marks.mark(Step.START, T0);
    marks.mark(Step.VMI_SCHEDULED, T0.plusMillis(500));
    marks.mark(Step.POD_RUNNING, T0.plusMillis(800));
    marks.mark(Step.VMI_RUNNING, T0.plusMillis(1000));

    assertThat(marks.hops())
        .containsEntry("kubelet (containerDisk, launcher start)", Duration.ofMillis(800))
        .containsEntry("virt-controller (pod seen)", Duration.ZERO)
        .containsEntry("virt-handler, virt-launcher, libvirt, QEMU", Duration.ofMillis(200));
  }
}
