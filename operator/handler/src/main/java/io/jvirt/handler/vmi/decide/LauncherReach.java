package io.jvirt.handler.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstancePhase;

/** How well virt-handler can reach the launcher of a VMI. */
public enum LauncherReach {
  /** No launcher socket yet (the pod is starting). */
  NOT_READY,
  /** The launcher answers and streams its domain. */
  CONNECTED,
  /**
   * The launcher answered before and now has not for longer than the watchdog allows, or its pod
   * has ended or is gone.
   */
  LOST;

  /**
   * The reach when there is no launcher to connect to: its pod is gone ({@code podExists} false) or
   * has ended. A VMI already handed over to this node has then lost its guest, even when this
   * handler (just restarted) never spoke to that launcher; before the hand-over the pod may still
   * be on its way.
   */
  public static LauncherReach withoutLauncher(
      VirtualMachineInstancePhase vmiPhase, boolean podExists, String podPhase) {
    boolean ended = "Succeeded".equals(podPhase) || "Failed".equals(podPhase);
    boolean handedOver =
        vmiPhase == VirtualMachineInstancePhase.RUNNING
            || vmiPhase == VirtualMachineInstancePhase.SCHEDULED;
    return ended || !podExists && handedOver ? LOST : NOT_READY;
  }
}
