package io.jvirt.launcher.state;

import io.jvirt.node.rpc.launcher.v1.AccessCredentials;
import io.jvirt.node.rpc.launcher.v1.Domain;
import io.jvirt.node.rpc.launcher.v1.DomainDisk;
import io.jvirt.node.rpc.launcher.v1.DomainInterface;
import io.jvirt.node.rpc.launcher.v1.GuestInterface;
import io.jvirt.node.rpc.launcher.v1.GuestOsInfo;
import java.util.List;
import lombok.With;

/**
 * What the launcher knows of its one domain, as it reports it to virt-handler: libvirt's state and
 * the reason of the last change, and what the launcher itself adds (a shutdown in progress, a
 * failure to start).
 *
 * @param state libvirt state name: Running, Paused, Shutoff, Crashed, Shutdown, Blocked,
 *     PMSuspended, NoState
 * @param reason libvirt reason of the state, e.g. Booted, User, Shutdown, Destroyed, Crashed
 * @param guestOsInfo the guest's OS as its agent last reported it, null until it has
 * @param guestInterfaces the guest's interfaces as its agent last reported them
 * @param accessCredentials whether the agent put the access credentials' keys into the guest; null
 *     when the VMI has none for the agent
 */
@With
public record DomainState(
    boolean exists,
    String vmiUid,
    String state,
    String reason,
    String machineType,
    long currentMemoryBytes,
    List<DomainInterface> interfaces,
    List<DomainDisk> disks,
    boolean gracefulShutdownRequested,
    long shutdownStartedUnix,
    long gracePeriodSeconds,
    String failure,
    boolean agentConnected,
    GuestOsInfo guestOsInfo,
    List<GuestInterface> guestInterfaces,
    AccessCredentials accessCredentials) {

  /** No domain defined yet, for the VMI {@code vmiUid}. */
  public static DomainState none(String vmiUid) {
    return new DomainState(
        false, vmiUid, "NoState", "", "", 0, List.of(), List.of(), false, 0, 0, "", false, null,
        List.of(), null);
  }

  /** A copy in the state {@code state} for {@code reason}. */
  public DomainState withState(String state, String reason) {
    return withState(state).withReason(reason);
  }

  /** A copy after the domain was undefined. */
  public DomainState deleted() {
    return withExists(false)
        .withState("NoState", "")
        .withCurrentMemoryBytes(0)
        .withInterfaces(List.of())
        .withDisks(List.of())
        .withAgentConnected(false);
  }

  /** A copy recording the first ACPI shutdown, at {@code unixSeconds}; later ones keep it. */
  public DomainState withShutdownStarted(long unixSeconds) {
    return shutdownStartedUnix != 0 ? this : withShutdownStartedUnix(unixSeconds);
  }

  /** True while QEMU runs the guest (paused or not). */
  public boolean alive() {
    return exists
        && !"Shutoff".equals(state)
        && !"Crashed".equals(state)
        && !"NoState".equals(state);
  }

  /** The message virt-handler receives. */
  public Domain toProto() {
    Domain.Builder domain =
        Domain.newBuilder()
            .setExists(exists)
            .setVmiUid(vmiUid)
            .setState(state)
            .setReason(reason)
            .setMachineType(machineType)
            .setCurrentMemoryBytes(currentMemoryBytes)
            .addAllInterfaces(interfaces)
            .addAllDisks(disks)
            .setGracefulShutdownRequested(gracefulShutdownRequested)
            .setShutdownStartedUnix(shutdownStartedUnix)
            .setGracePeriodSeconds(gracePeriodSeconds)
            .setFailure(failure)
            .setAgentConnected(agentConnected)
            .addAllGuestInterfaces(guestInterfaces);
    if (guestOsInfo != null) {
      domain.setGuestOsInfo(guestOsInfo);
    }
    if (accessCredentials != null) {
      domain.setAccessCredentials(accessCredentials);
    }
    return domain.build();
  }
}
