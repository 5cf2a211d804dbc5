package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.time.Duration;
import java.util.List;

/**
 * What to do for one VMI and what to record: the action, the VMI status to write (null: leave it),
 * the events, and when to look again (null: on the next change only).
 */
public record NodeDecision(
    NodeAction action,
    VirtualMachineInstanceStatus status,
    List<NodeEvent> events,
    Duration recheck) {

  /** Copies the event list. */
  public NodeDecision {
    events = List.copyOf(events);
  }
}
