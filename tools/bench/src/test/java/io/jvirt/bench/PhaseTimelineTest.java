package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A VMI's creation → Running latency and time per phase, from its own timestamps. */
class PhaseTimelineTest {
  @Test
  void creationToRunningAndTheTimeInEachPhase() {
    PhaseTimeline timeline =
        PhaseTimeline.of(
            vmi(
                "2026-12-05T10:00:00Z",
                "Pending",
                "2026-12-05T10:00:00Z",
                "Scheduling",
                "2026-12-05T10:00:01Z",
                "Scheduled",
                "2026-12-05T10:00:03Z",
                "Running",
                "2026-12-05T10:00:04Z"));

    assertThat(timeline.untilEntered("Running")).contains(Duration.ofSeconds(4));
    assertThat(timeline.timeInPhases())
        .containsExactly(
            Map.entry("Pending", Duration.ofSeconds(1)),
            Map.entry("Scheduling", Duration.ofSeconds(2)),
            Map.entry("Scheduled", Duration.ofSeconds(1)));
  }

  @Test
  void aVmiNotYetRunningHasNoLatency() {
    PhaseTimeline timeline =
        PhaseTimeline.of(vmi("2026-12-05T10:00:00Z", "Pending", "2026-12-05T10:00:00Z"));
    assertThat(timeline.untilEntered("Running")).isEmpty();
  }

  private static VirtualMachineInstance vmi(String created, String... phaseAndTime) {
    List<PhaseTransitionTimestamp> transitions = new ArrayList<>();
    for (int i = 0; i < phaseAndTime.length; i += 2) {
      transitions.add(
          new PhaseTransitionTimestamp()
              .setPhase(phaseAndTime[i])
              .setPhaseTransitionTimestamp(phaseAndTime[i + 1]));
    }
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withName("v").withCreationTimestamp(created).build());
    vmi.setStatus(new VirtualMachineInstanceStatus().setPhaseTransitionTimestamps(transitions));
    return vmi;
  }
}
