package io.jvirt.bench;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One VMI's way to Running from its own record: creation time and the phase transition timestamps
 * the controllers wrote (second resolution, the source upstream's histogram uses too).
 */
public record PhaseTimeline(Instant created, Map<String, Instant> enteredAt) {
  /** The phase the density run waits for. */
  public static final String RUNNING = "Running";

  /** The timeline of {@code vmi} as it stands. */
  public static PhaseTimeline of(VirtualMachineInstance vmi) {
    Map<String, Instant> entered = new LinkedHashMap<>();
    List<PhaseTransitionTimestamp> transitions =
        vmi.getStatus() == null ? null : vmi.getStatus().getPhaseTransitionTimestamps();
    if (transitions != null) {
      for (PhaseTransitionTimestamp transition : transitions) {
        if (transition.getPhase() != null && transition.getPhaseTransitionTimestamp() != null) {
          entered.putIfAbsent(
              transition.getPhase(), Instant.parse(transition.getPhaseTransitionTimestamp()));
        }
      }
    }
    return new PhaseTimeline(Instant.parse(vmi.getMetadata().getCreationTimestamp()), entered);
  }

  /** Creation to the first entry into {@code phase}, if it was entered. */
  public Optional<Duration> untilEntered(String phase) {
    Instant at = enteredAt.get(phase);
    return at == null ? Optional.empty() : Optional.of(Duration.between(created, at));
  }

  /** How long the VMI stayed in each phase it left before Running, in the order entered. */
  public Map<String, Duration> timeInPhases() {
    Map<String, Duration> spent = new LinkedHashMap<>();
    String phase = null;
    Instant since = created;
    for (Map.Entry<String, Instant> entry : enteredAt.entrySet()) {
      if (phase != null) {
        spent.put(phase, Duration.between(since, entry.getValue()));
      }
      if (entry.getKey().equals(RUNNING)) {
        break;
      }
      phase = entry.getKey();
      since = entry.getValue();
    }
    return spent;
  }
}
