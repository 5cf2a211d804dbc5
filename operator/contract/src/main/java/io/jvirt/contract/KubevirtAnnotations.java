package io.jvirt.contract;

/** Annotation keys kubevirt.io defines, in one place (upstream types.go). */
public final class KubevirtAnnotations {
  /** On launcher pods: the VMI name. */
  public static final String DOMAIN = "kubevirt.io/domain";

  /** Marks the pod that binds a VMI's WaitForFirstConsumer claims before its launcher pod. */
  public static final String EPHEMERAL_PROVISIONING = "kubevirt.io/ephemeral-provisioning";

  /** On VMIs created by a VM: the VM generation the VMI reflects. */
  public static final String VM_GENERATION = "kubevirt.io/vm-generation";

  /** Stamped "v1" by every controller on its first reconcile. */
  public static final String LATEST_OBSERVED_API_VERSION =
      "kubevirt.io/latest-observed-api-version";

  /** Stamped "v1" by every controller on its first reconcile. */
  public static final String STORAGE_OBSERVED_API_VERSION =
      "kubevirt.io/storage-observed-api-version";

  /** On VMs: "false" defers DataVolume creation until the VM starts. */
  public static final String IMMEDIATE_DATA_VOLUME_CREATION =
      "kubevirt.io/immediate-data-volume-creation";

  /** On receiver VMIs of a decentralized migration. */
  public static final String CREATE_MIGRATION_TARGET = "kubevirt.io/create-migration-target";

  /** On launcher pods: the container kubectl logs/exec pick by default. */
  public static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  /** On launcher pods. */
  public static final String MIGRATION_TRANSPORT_UNIX = "kubevirt.io/migrationTransportUnix";

  /** Node annotation virt-handler refreshes: RFC3339 time of its last heartbeat. */
  public static final String HEARTBEAT = "kubevirt.io/heartbeat";

  private KubevirtAnnotations() {}
}
