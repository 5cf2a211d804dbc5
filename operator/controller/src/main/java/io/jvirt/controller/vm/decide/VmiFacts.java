package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.vmi.MigrationState;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.common.model.Timestamps;
import io.jvirt.common.model.WireNames;
import java.time.Instant;
import java.util.List;

/** Null-safe questions about a VMI the VM decisions ask. */
final class VmiFacts {
  private VmiFacts() {}

  /** The VMI's phase, null when unset or when there is no VMI. */
  static VirtualMachineInstancePhase phase(VirtualMachineInstance vmi) {
    return vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().getPhase();
  }

  /** True for a Succeeded or Failed VMI. */
  static boolean isFinal(VirtualMachineInstance vmi) {
    VirtualMachineInstancePhase phase = phase(vmi);
    return phase != null && phase.isFinal();
  }

  /** True when the VMI has a deletionTimestamp. */
  static boolean isBeingDeleted(VirtualMachineInstance vmi) {
    return vmi != null && vmi.getMetadata().getDeletionTimestamp() != null;
  }

  /** The VMI's UID, null when there is no VMI. */
  static String uid(VirtualMachineInstance vmi) {
    return vmi == null ? null : vmi.getMetadata().getUid();
  }

  /** The VMI's conditions, never null. */
  static List<Condition> conditions(VirtualMachineInstance vmi) {
    if (vmi == null || vmi.getStatus() == null || vmi.getStatus().getConditions() == null) {
      return List.of();
    }
    return vmi.getStatus().getConditions();
  }

  /** The VMI's condition of {@code type}, or null. */
  static Condition condition(VirtualMachineInstance vmi, String type) {
    return conditions(vmi).stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  /** True when the condition {@code type} has {@code status}. */
  static boolean hasCondition(VirtualMachineInstance vmi, String type, String status) {
    Condition c = condition(vmi, type);
    return c != null && status.equals(c.getStatus());
  }

  /** True when the condition {@code type} has {@code status} and {@code reason}. */
  static boolean hasCondition(
      VirtualMachineInstance vmi, String type, String status, String reason) {
    Condition c = condition(vmi, type);
    return c != null && status.equals(c.getStatus()) && reason.equals(c.getReason());
  }

  /** True when a migration has started at or before {@code now} and not ended by then. */
  static boolean isMigrating(VirtualMachineInstance vmi, Instant now) {
    MigrationState state =
        vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().getMigrationState();
    if (state == null) {
      return false;
    }
    Instant start = Timestamps.parse(state.getStartTimestamp());
    Instant end = Timestamps.parse(state.getEndTimestamp());
    return start != null && !start.isAfter(now) && (end == null || end.isAfter(now));
  }

  /** True when the VMI ever entered Running, as its phase transition timestamps record. */
  static boolean wasRunning(VirtualMachineInstance vmi) {
    if (vmi == null || vmi.getStatus() == null) {
      return false;
    }
    List<PhaseTransitionTimestamp> stamps = vmi.getStatus().getPhaseTransitionTimestamps();
    String running = WireNames.of(VirtualMachineInstancePhase.RUNNING);
    return stamps != null && stamps.stream().anyMatch(t -> running.equals(t.getPhase()));
  }
}
