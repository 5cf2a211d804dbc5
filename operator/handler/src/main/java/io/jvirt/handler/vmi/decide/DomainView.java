package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.vmi.GuestOSInfo;
import java.util.List;
import java.util.Map;

/**
 * The launcher's report of the domain, as the decider reads it (a plain copy of the protocol's
 * Domain message, so deciding needs no gRPC).
 *
 * @param state libvirt state: Running, Paused, Shutoff, Crashed, Shutdown, Blocked, PMSuspended,
 *     NoState
 * @param reason libvirt reason: Booted, Unpaused, User, Shutdown, Destroyed, Crashed, Failed, ...
 * @param guestOs the guest's OS as its agent reported it; null until it has
 * @param guestInterfaces the guest's interfaces as its agent reported them
 * @param accessCredentials the agent's propagation of access credentials; null when none
 */
public record DomainView(
    boolean exists,
    String vmiUid,
    String state,
    String reason,
    String machineType,
    long currentMemoryBytes,
    Map<String, String> interfaceMacs,
    Map<String, String> diskTargets,
    boolean gracefulShutdownRequested,
    long shutdownStartedUnix,
    long gracePeriodSeconds,
    String failure,
    boolean agentConnected,
    GuestOSInfo guestOs,
    List<GuestNic> guestInterfaces,
    CredentialSync accessCredentials) {

  /** A domain without anything from the guest agent. */
  public DomainView(
      boolean exists,
      String vmiUid,
      String state,
      String reason,
      String machineType,
      long currentMemoryBytes,
      Map<String, String> interfaceMacs,
      Map<String, String> diskTargets,
      boolean gracefulShutdownRequested,
      long shutdownStartedUnix,
      long gracePeriodSeconds,
      String failure,
      boolean agentConnected) {
    this(
        exists,
        vmiUid,
        state,
        reason,
        machineType,
        currentMemoryBytes,
        interfaceMacs,
        diskTargets,
        gracefulShutdownRequested,
        shutdownStartedUnix,
        gracePeriodSeconds,
        failure,
        agentConnected,
        null,
        List.of(),
        null);
  }

  /** Whether the agent put the access credentials' keys into the guest; why not, one line. */
  public record CredentialSync(boolean succeeded, String message) {
    /** No null message. */
    public CredentialSync {
      message = message == null ? "" : message;
    }
  }

  /** A guest network interface as the agent names it: its name, MAC and addresses. */
  public record GuestNic(String interfaceName, String mac, List<String> ipAddresses) {
    /** An immutable copy of the addresses. */
    public GuestNic {
      ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
    }
  }

  /** Normalises nulls so rules can compare freely. */
  public DomainView {
    guestInterfaces = guestInterfaces == null ? List.of() : List.copyOf(guestInterfaces);
    state = state == null ? "NoState" : state;
    reason = reason == null ? "" : reason;
    machineType = machineType == null ? "" : machineType;
    interfaceMacs = interfaceMacs == null ? Map.of() : Map.copyOf(interfaceMacs);
    diskTargets = diskTargets == null ? Map.of() : Map.copyOf(diskTargets);
    failure = failure == null ? "" : failure;
  }

  /** States in which QEMU runs the guest (paused or not). */
  private static final List<String> ALIVE =
      List.of("Running", "Paused", "Blocked", "PMSuspended", "Shutdown");

  /** True while QEMU runs the guest. */
  public boolean alive() {
    return exists && ALIVE.contains(state);
  }

  /** True once the domain stopped for good (it ran, then powered off, crashed or was killed). */
  public boolean stopped() {
    return exists
        && ("Shutoff".equals(state) || "Crashed".equals(state))
        && !"Unknown".equals(reason);
  }
}
