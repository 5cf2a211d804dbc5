package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sets and removes the VMI conditions virt-handler owns, keeping the others as they are. */
final class Conditions {
  static final String PAUSED = "Paused";
  static final String LIVE_MIGRATABLE = "LiveMigratable";
  static final String AGENT_CONNECTED = "AgentConnected";
  static final String SYNCHRONIZED = "Synchronized";
  static final String ACCESS_CREDENTIALS_SYNCHRONIZED = "AccessCredentialsSynchronized";

  private Conditions() {}

  static Condition find(VirtualMachineInstanceStatus status, String type) {
    for (Condition condition : list(status)) {
      if (type.equals(condition.getType())) {
        return condition;
      }
    }
    return null;
  }

  /**
   * Puts {@code wanted} in place of the condition of its type; the transition time of an existing
   * condition with the same status, reason and message is kept, so nothing changes on re-syncs.
   */
  static void set(VirtualMachineInstanceStatus status, Condition wanted, String now) {
    Condition current = find(status, wanted.getType());
    if (current != null
        && Objects.equals(current.getStatus(), wanted.getStatus())
        && Objects.equals(current.getReason(), wanted.getReason())
        && Objects.equals(current.getMessage(), wanted.getMessage())) {
      return;
    }
    wanted.setLastTransitionTime(now);
    List<Condition> conditions = new ArrayList<>(list(status));
    conditions.removeIf(c -> wanted.getType().equals(c.getType()));
    conditions.add(wanted);
    status.setConditions(conditions);
  }

  static void remove(VirtualMachineInstanceStatus status, String type) {
    if (find(status, type) == null) {
      return;
    }
    List<Condition> conditions = new ArrayList<>(list(status));
    conditions.removeIf(c -> type.equals(c.getType()));
    status.setConditions(conditions.isEmpty() ? null : conditions);
  }

  static Condition of(String type, String value, String reason, String message) {
    return new Condition().setType(type).setStatus(value).setReason(reason).setMessage(message);
  }

  private static List<Condition> list(VirtualMachineInstanceStatus status) {
    return status.getConditions() == null ? List.of() : status.getConditions();
  }
}
