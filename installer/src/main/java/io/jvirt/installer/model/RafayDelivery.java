package io.jvirt.installer.model;

/** How a deployable unit reaches a Rafay cluster. */
public enum RafayDelivery {
  /** A custom add-on in the profile's blueprint, depending on the add-on before it. */
  ADDON,
  /**
   * A workload, published once the blueprint has synced and KubeVirt is Deployed: Rafay orders
   * neither workloads after a blueprint nor workloads among themselves, so users do.
   */
  WORKLOAD
}
