package io.jvirt.apiserver.subresources.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether {@code pause}, {@code unpause} and {@code softreboot} on a VMI may go on to its
 * node's virt-handler, with upstream's refusals.
 */
public final class VmiLifecycle {
  private VmiLifecycle() {}

  /** {@code PUT .../virtualmachineinstances/{name}/pause}. */
  public static LifecyclePlan pause(VirtualMachineInstance vmi) {
    String name = vmi.getMetadata().getName();
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.conflictVmi(name, "VM is not running");
    }
    if (hasNonAgentLivenessProbe(vmi)) {
      return Rejections.forbidden(
          "Pausing VMIs with a non-GuestAgentPing LivenessProbe is not supported");
    }
    if (isPaused(vmi)) {
      return Rejections.conflictVmi(name, "VMI is already paused");
    }
    return new LifecyclePlan.Proxy("pause");
  }

  /** {@code PUT .../virtualmachineinstances/{name}/unpause}; {@code vm} is its VM or null. */
  public static LifecyclePlan unpause(VirtualMachineInstance vmi, VirtualMachine vm) {
    String name = vmi.getMetadata().getName();
    if (vm != null && vm.getStatus() != null && snapshotInProgress(vm)) {
      return Rejections.conflictVmi(name, "VM snapshot is in progress");
    }
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.conflictVmi(name, "VMI is not running");
    }
    if (!isPaused(vmi)) {
      return Rejections.conflictVmi(name, "VMI is not paused");
    }
    return new LifecyclePlan.Proxy("unpause");
  }

  /** {@code PUT .../virtualmachineinstances/{name}/softreboot}. */
  public static LifecyclePlan softReboot(VirtualMachineInstance vmi) {
    String name = vmi.getMetadata().getName();
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.conflictVmi(name, "VMI is not running");
    }
    if (isPaused(vmi)) {
      return Rejections.conflictVmi(name, "VMI is paused");
    }
    return new LifecyclePlan.Proxy("softreboot");
  }

  /** {@code GET .../virtualmachineinstances/{name}/console} (a WebSocket upgrade). */
  public static LifecyclePlan console(VirtualMachineInstance vmi) {
    var devices =
        vmi.getSpec() == null || vmi.getSpec().getDomain() == null
            ? null
            : vmi.getSpec().getDomain().getDevices();
    if (devices != null && Boolean.FALSE.equals(devices.getAutoattachSerialConsole())) {
      return Rejections.badRequest("No serial consoles are present.");
    }
    if (VmLifecycle.phase(vmi) == VirtualMachineInstancePhase.FAILED) {
      return Rejections.conflictVmi(vmi.getMetadata().getName(), "VMI is in failed status");
    }
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.badRequest("VMI is not running");
    }
    return new LifecyclePlan.Proxy("console");
  }

  /** {@code GET .../virtualmachineinstances/{name}/vnc} (a WebSocket upgrade). */
  public static LifecyclePlan vnc(VirtualMachineInstance vmi) {
    var devices =
        vmi.getSpec() == null || vmi.getSpec().getDomain() == null
            ? null
            : vmi.getSpec().getDomain().getDevices();
    if (devices != null && Boolean.FALSE.equals(devices.getAutoattachGraphicsDevice())) {
      return Rejections.badRequest("No graphics devices are present.");
    }
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.badRequest("VMI is not running");
    }
    return new LifecyclePlan.Proxy("vnc");
  }

  /**
   * {@code GET .../{virtualmachineinstances|virtualmachines}/{name}/portforward/{port}}: virt-api
   * itself dials the VMI's first interface, as upstream (no handler hop).
   */
  public static LifecyclePlan portForward(VirtualMachineInstance vmi) {
    if (isPaused(vmi)) {
      return Rejections.conflictVmi(vmi.getMetadata().getName(), "VMI is paused");
    }
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.badRequest("VMI is not running");
    }
    if (address(vmi).isEmpty()) {
      return Rejections.badRequest("no IP address found on the VMI's first interface");
    }
    return new LifecyclePlan.Proxy("portforward");
  }

  /** The IP address of the VMI's first interface, where port-forwards go. */
  public static Optional<String> address(VirtualMachineInstance vmi) {
    if (vmi.getStatus() == null
        || vmi.getStatus().getInterfaces() == null
        || vmi.getStatus().getInterfaces().isEmpty()) {
      return Optional.empty();
    }
    String ip = vmi.getStatus().getInterfaces().get(0).getIpAddress();
    return ip == null || ip.isBlank() ? Optional.empty() : Optional.of(ip);
  }

  /**
   * {@code GET .../virtualmachineinstances/{name}/guestosinfo}, {@code userlist} or {@code
   * filesystemlist}: only of a running VMI whose agent is connected.
   */
  public static LifecyclePlan guestAgentQuery(VirtualMachineInstance vmi) {
    String name = vmi.getMetadata().getName();
    if (VmLifecycle.phase(vmi) != VirtualMachineInstancePhase.RUNNING) {
      return Rejections.conflictVmi(name, "VMI is not running");
    }
    if (!hasTrueCondition(vmi, "AgentConnected")) {
      return Rejections.conflictVmi(name, "VMI does not have guest agent connected");
    }
    return new LifecyclePlan.Proxy("guestosinfo");
  }

  static boolean isPaused(VirtualMachineInstance vmi) {
    return hasTrueCondition(vmi, "Paused");
  }

  private static boolean hasTrueCondition(VirtualMachineInstance vmi, String type) {
    List<Condition> conditions = vmi.getStatus() == null ? null : vmi.getStatus().getConditions();
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static boolean hasNonAgentLivenessProbe(VirtualMachineInstance vmi) {
    var probe = vmi.getSpec() == null ? null : vmi.getSpec().getLivenessProbe();
    return probe != null && probe.getGuestAgentPing() == null;
  }

  private static boolean snapshotInProgress(VirtualMachine vm) {
    Object value = vm.getStatus().getUnmodelledFields().get("snapshotInProgress");
    return value != null && !"".equals(value);
  }
}
