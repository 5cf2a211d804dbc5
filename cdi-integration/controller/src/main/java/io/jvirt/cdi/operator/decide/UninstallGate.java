package io.jvirt.cdi.operator.decide;

import io.jvirt.cdi.api.v1beta1.CdiUninstallStrategy;

/** Whether removing CDI must wait: only when the CR asks to block while DataVolumes exist. */
public final class UninstallGate {
  private UninstallGate() {}

  /** Why removal is held, or null when it may go ahead. */
  public static String blockedBy(CdiUninstallStrategy strategy, int dataVolumes) {
    if (strategy != CdiUninstallStrategy.BLOCK_UNINSTALL_IF_WORKLOADS_EXIST || dataVolumes == 0) {
      return null;
    }
    return "uninstallStrategy BlockUninstallIfWorkloadsExist: there are still "
        + dataVolumes
        + (dataVolumes == 1 ? " DataVolume" : " DataVolumes")
        + " present";
  }
}
