package io.jvirt.handler.vmi.decide;

/** How well virt-handler can reach the launcher of a VMI. */
public enum LauncherReach {
  /** No launcher socket yet (the pod is starting). */
  NOT_READY,
  /** The launcher answers and streams its domain. */
  CONNECTED,
  /** The launcher answered before and now has not for longer than the watchdog allows. */
  LOST
}
