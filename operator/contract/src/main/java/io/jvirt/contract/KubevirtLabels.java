package io.jvirt.contract;

/** Label keys and values kubevirt.io defines, in one place (upstream types.go). */
public final class KubevirtLabels {
  /** On launcher pods, value {@link #LAUNCHER}. */
  public static final String APP = "kubevirt.io";

  /** Value of {@link #APP} on launcher pods. */
  public static final String LAUNCHER = "virt-launcher";

  /** On launcher pods and DataVolumes: UID of the owning VMI or VM. */
  public static final String CREATED_BY = "kubevirt.io/created-by";

  /** On a VMI once it is scheduled: the node virt-handler runs it on. */
  public static final String NODE_NAME = "kubevirt.io/nodeName";

  /** On nodes: "true" where VMIs may run; launcher pods select it. */
  public static final String SCHEDULABLE = "kubevirt.io/schedulable";

  /** On launcher pods: the VMI name (hashed when longer than 63 characters). */
  public static final String VMI_ID = "vmi.kubevirt.io/id";

  /** On launcher pods: the sanitized hostname (upstream's deprecated VM name label). */
  public static final String VM_NAME = "vm.kubevirt.io/name";

  /** On VMIs whose launcher image is older than the installed one. */
  public static final String OUTDATED_LAUNCHER_IMAGE = "kubevirt.io/outdatedLauncherImage";

  /** On migrations: the VMI they move. */
  public static final String MIGRATION_VMI = "kubevirt.io/vmi-name";

  private KubevirtLabels() {}
}
