package io.jvirt.controller.expectations;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The keys the controllers file their expectations under, in one place: the VM and replica set
 * controllers share one {@link Expectations}, so each kind has its own prefix.
 */
public final class ExpectationKeys {
  private ExpectationKeys() {}

  /** The key of a VirtualMachine's expected VMI creations and deletions. */
  public static String vm(HasMetadata vm) {
    return "vm:" + namespacedName(vm);
  }

  /** The key of a VirtualMachineInstanceReplicaSet's expected VMI creations and deletions. */
  public static String replicaSet(HasMetadata rs) {
    return "vmirs:" + namespacedName(rs);
  }

  private static String namespacedName(HasMetadata object) {
    return object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }
}
