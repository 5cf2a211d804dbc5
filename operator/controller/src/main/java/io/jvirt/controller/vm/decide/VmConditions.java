package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The VM's conditions after a reconcile: Ready, Failure and the ones mirrored from the VMI. */
final class VmConditions {
  static final String READY = "Ready";
  static final String FAILURE = "Failure";
  private static final Set<String> NOT_MIRRORED = Set.of(READY, FAILURE, "RestartRequired");

  private VmConditions() {}

  /**
   * A new list from {@code current} (left untouched), keeping positions and appending new types.
   */
  static List<Condition> next(
      List<Condition> current,
      VirtualMachineInstance vmi,
      Optional<StatusInputs.SyncError> syncError,
      Instant now) {
    List<Condition> conditions = new ArrayList<>();
    if (current != null) {
      current.forEach(c -> conditions.add(DeepCopies.of(c, Condition.class)));
    }
    Condition readyFromVmi = DeepCopies.of(VmiFacts.condition(vmi, READY), Condition.class);
    if (readyFromVmi != null) {
      put(conditions, readyFromVmi);
    } else {
      putStamped(conditions, readyWithoutVmiCondition(vmi), now, true);
    }
    if (syncError.isPresent()) {
      putStamped(conditions, failure(syncError.get()), now, false);
    } else {
      conditions.removeIf(c -> FAILURE.equals(c.getType()));
    }
    // upstream leaves mirrored conditions alone while there is no VMI
    if (vmi != null) {
      List<Condition> mirrored =
          VmiFacts.conditions(vmi).stream()
              .filter(c -> !NOT_MIRRORED.contains(c.getType()))
              .toList();
      conditions.removeIf(
          c ->
              !NOT_MIRRORED.contains(c.getType())
                  && mirrored.stream().noneMatch(m -> m.getType().equals(c.getType())));
      mirrored.forEach(m -> put(conditions, DeepCopies.of(m, Condition.class)));
    }
    return conditions;
  }

  private static Condition readyWithoutVmiCondition(VirtualMachineInstance vmi) {
    return vmi == null
        ? generated(READY, "VMINotExists", "VMI does not exist")
        : generated(READY, "VMIConditionMissing", "VMI is missing the Ready condition");
  }

  private static Condition generated(String type, String reason, String message) {
    return new Condition().setType(type).setStatus("False").setReason(reason).setMessage(message);
  }

  private static Condition failure(StatusInputs.SyncError error) {
    return new Condition()
        .setType(FAILURE)
        .setStatus("True")
        .setReason(error.reason())
        .setMessage(error.message());
  }

  /** Puts a copied condition in place of its type (or appends it), exactly as given. */
  private static void put(List<Condition> conditions, Condition desired) {
    int index = indexOf(conditions, desired.getType());
    if (index < 0) {
      conditions.add(desired);
    } else {
      conditions.set(index, desired);
    }
  }

  /**
   * Puts a condition the controller makes itself: its times stay those of the old condition while
   * the status holds, and are {@code now} when it changes or first appears.
   */
  private static void putStamped(
      List<Condition> conditions, Condition desired, Instant now, boolean withProbeTime) {
    int index = indexOf(conditions, desired.getType());
    Condition old = index < 0 ? null : conditions.get(index);
    boolean sameStatus = old != null && Objects.equals(old.getStatus(), desired.getStatus());
    String stamp = Timestamps.format(now);
    desired.setLastTransitionTime(sameStatus ? old.getLastTransitionTime() : stamp);
    if (withProbeTime) {
      desired.setLastProbeTime(sameStatus ? old.getLastProbeTime() : stamp);
    }
    put(conditions, desired);
  }

  private static int indexOf(List<Condition> conditions, String type) {
    for (int i = 0; i < conditions.size(); i++) {
      if (type.equals(conditions.get(i).getType())) {
        return i;
      }
    }
    return -1;
  }
}
