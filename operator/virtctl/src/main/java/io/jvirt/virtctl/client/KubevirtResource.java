package io.jvirt.virtctl.client;

/** The kubevirt.io/v1 resources virtctl reads or calls subresources of, with their names. */
public enum KubevirtResource {
  VIRTUAL_MACHINE("virtualmachines", "VirtualMachine"),
  VIRTUAL_MACHINE_INSTANCE("virtualmachineinstances", "VirtualMachineInstance"),
  VIRTUAL_MACHINE_INSTANCE_REPLICA_SET(
      "virtualmachineinstancereplicasets", "VirtualMachineInstanceReplicaSet");

  /** API group of every value. */
  public static final String GROUP = "kubevirt.io";

  /** API version of every value. */
  public static final String VERSION = "v1";

  private final String plural;
  private final String kind;

  KubevirtResource(String plural, String kind) {
    this.plural = plural;
    this.kind = kind;
  }

  /** The plural used in URL paths, e.g. {@code virtualmachines}. */
  public String plural() {
    return plural;
  }

  /** The kind, e.g. {@code VirtualMachine}. */
  public String kind() {
    return kind;
  }

  /**
   * How the API server names a missing object: {@code virtualmachines.kubevirt.io "x" not found}.
   */
  public String notFoundMessage(String name) {
    return plural + "." + GROUP + " \"" + name + "\" not found";
  }
}
