package io.jvirt.api.v1;

/** Finalizers kubevirt.io puts on its objects, in one place (upstream types.go). */
public final class KubevirtFinalizers {
  /** On every VMI (admission adds it): removed once the launcher pods are gone. */
  public static final String VMI_FOREGROUND_DELETE = "kubevirt.io/foregroundDeleteVirtualMachine";

  /** The unqualified form older releases used; migrated to {@link #VMI_FOREGROUND_DELETE}. */
  public static final String DEPRECATED_VMI_FOREGROUND_DELETE = "foregroundDeleteVirtualMachine";

  /** On VMs, and on VMIs a VM created: held by the VM controller. */
  public static final String VM_CONTROLLER = "kubevirt.io/virtualMachineControllerFinalize";

  /** On migrations. */
  public static final String MIGRATION = "kubevirt.io/migrationJobFinalize";

  /** On the KubeVirt CR. */
  public static final String KUBEVIRT = "kubevirt.io/foregroundDeleteKubeVirt";

  /** Added by the API server for {@code kubectl delete --cascade=orphan}. */
  public static final String ORPHAN = "orphan";

  private KubevirtFinalizers() {}
}
