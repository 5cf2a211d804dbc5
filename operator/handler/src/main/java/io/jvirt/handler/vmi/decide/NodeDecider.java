package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import io.jvirt.common.model.WireNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * virt-handler's decision for one VMI of its node (upstream's vm.go execute): shut down a VMI being
 * deleted within its grace period, start a scheduled one, delete the domain of a final one, and
 * write what the domain shows into the VMI status — the phase first, so a stopped guest's phase is
 * recorded before its domain is removed.
 */
public final class NodeDecider {
  /** How often a graceful shutdown is signalled again while the guest is still up. */
  static final Duration SHUTDOWN_RESEND = Duration.ofSeconds(5);

  private NodeDecider() {}

  /** Decides for {@code observation}; never modifies its VMI. */
  public static NodeDecision decide(NodeObservation observation) {
    VirtualMachineInstance vmi = observation.vmi();
    VirtualMachineInstanceStatus before =
        vmi.getStatus() == null ? new VirtualMachineInstanceStatus() : vmi.getStatus();
    VirtualMachineInstanceStatus status = DeepCopies.of(before, VirtualMachineInstanceStatus.class);
    DomainView domain = observation.domain();
    String now = Timestamps.format(observation.now());
    List<NodeEvent> events = new ArrayList<>();
    VirtualMachineInstancePhase phase = before.getPhase();

    if (phase != null && phase.isFinal()) {
      // a lost launcher cannot delete its domain: its QEMU went with it
      boolean reachable = observation.reach() != LauncherReach.LOST;
      NodeAction action =
          reachable && domain != null && domain.exists()
              ? NodeAction.DELETE_DOMAIN
              : NodeAction.CLEANUP;
      return new NodeDecision(action, null, events, null);
    }

    VirtualMachineInstancePhase next = nextPhase(observation, phase);
    if (next != null && next != phase) {
      recordPhase(status, next, now, events);
    }
    if (domain != null && domain.exists()) {
      StatusFromDomain.apply(vmi, status, domain, observation.podIps());
      NodeConditions.paused(status, domain, now);
      NodeConditions.agent(status, domain, now);
      NodeConditions.accessCredentials(status, domain, now).ifPresent(events::add);
    }
    NodeConditions.liveMigratable(vmi, status, now);
    String failure = failure(observation);
    NodeConditions.synchronizedWith(status, failure, now);
    if (!failure.isEmpty() && !failure.equals(currentFailure(before))) {
      events.add(NodeEvent.syncFailed(failure));
    }

    VirtualMachineInstanceStatus written = Objects.equals(status, before) ? null : status;
    if (next != null && next.isFinal()) {
      // record the final phase first; the domain is deleted on the next round
      return new NodeDecision(NodeAction.NONE, written, events, Duration.ZERO);
    }
    if (shuttingDown(observation)) {
      return shutdown(observation, written, events);
    }
    if (mayStart(observation, status.getPhase())) {
      return new NodeDecision(NodeAction.START, written, events, null);
    }
    return new NodeDecision(NodeAction.NONE, written, events, null);
  }

  private static void recordPhase(
      VirtualMachineInstanceStatus status,
      VirtualMachineInstancePhase next,
      String now,
      List<NodeEvent> events) {
    status.setPhase(next);
    List<PhaseTransitionTimestamp> stamps =
        status.getPhaseTransitionTimestamps() == null
            ? new ArrayList<>()
            : new ArrayList<>(status.getPhaseTransitionTimestamps());
    stamps.add(
        new PhaseTransitionTimestamp()
            .setPhase(WireNames.of(next))
            .setPhaseTransitionTimestamp(now));
    status.setPhaseTransitionTimestamps(stamps);
    events.add(
        switch (next) {
          case RUNNING -> NodeEvent.STARTED;
          case SUCCEEDED -> NodeEvent.STOPPED;
          default -> NodeEvent.CRASHED;
        });
  }

  private static VirtualMachineInstancePhase nextPhase(
      NodeObservation observation, VirtualMachineInstancePhase phase) {
    DomainView domain = observation.domain();
    VirtualMachineInstancePhase fromDomain = PhaseFromDomain.of(domain, observation.vmi());
    boolean lost = observation.reach() == LauncherReach.LOST;
    // a lost launcher's last report stands only when it said how the guest ended
    if (fromDomain != null && (!lost || fromDomain.isFinal())) {
      return fromDomain;
    }
    boolean ran = phase == VirtualMachineInstancePhase.RUNNING;
    boolean handedOver = ran || phase == VirtualMachineInstancePhase.SCHEDULED;
    if (handedOver && lost) {
      // the launcher stopped answering: its guest is gone with it
      return VirtualMachineInstancePhase.FAILED;
    }
    if (ran && domain != null && !domain.exists()) {
      return VirtualMachineInstancePhase.FAILED;
    }
    return null;
  }

  private static boolean shuttingDown(NodeObservation observation) {
    DomainView domain = observation.domain();
    boolean deleting = observation.vmi().getMetadata().getDeletionTimestamp() != null;
    return domain != null && domain.alive() && (deleting || domain.gracefulShutdownRequested());
  }

  private static NodeDecision shutdown(
      NodeObservation observation, VirtualMachineInstanceStatus status, List<NodeEvent> events) {
    DomainView domain = observation.domain();
    long grace = PhaseFromDomain.gracePeriodSeconds(observation.vmi(), domain);
    long now = observation.now().getEpochSecond();
    if (grace == 0) {
      events.add(NodeEvent.DELETED);
      return new NodeDecision(NodeAction.KILL, status, events, null);
    }
    if (domain.shutdownStartedUnix() == 0) {
      events.add(NodeEvent.SHUTTING_DOWN);
      return new NodeDecision(NodeAction.SHUTDOWN, status, events, SHUTDOWN_RESEND);
    }
    long left = domain.shutdownStartedUnix() + grace - now;
    if (left <= 0) {
      events.add(NodeEvent.DELETED);
      return new NodeDecision(NodeAction.KILL, status, events, null);
    }
    Duration recheck = Duration.ofSeconds(Math.min(left, SHUTDOWN_RESEND.toSeconds()));
    return new NodeDecision(NodeAction.SHUTDOWN, status, events, recheck);
  }

  private static boolean mayStart(NodeObservation observation, VirtualMachineInstancePhase phase) {
    DomainView domain = observation.domain();
    return phase == VirtualMachineInstancePhase.SCHEDULED
        && observation.vmi().getMetadata().getDeletionTimestamp() == null
        && observation.reach() == LauncherReach.CONNECTED
        && domain != null
        && !domain.exists()
        && !domain.gracefulShutdownRequested();
  }

  private static String failure(NodeObservation observation) {
    if (!observation.preparedFailure().isEmpty()) {
      return observation.preparedFailure();
    }
    DomainView domain = observation.domain();
    return domain == null ? "" : domain.failure();
  }

  private static String currentFailure(VirtualMachineInstanceStatus status) {
    var condition = Conditions.find(status, Conditions.SYNCHRONIZED);
    return condition == null || condition.getMessage() == null ? "" : condition.getMessage();
  }
}
