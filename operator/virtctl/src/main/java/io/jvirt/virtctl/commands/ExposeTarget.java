package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.client.KubevirtResource;
import java.util.Locale;
import java.util.Set;

/** The first argument of expose: what kind of object the new Service points at. */
enum ExposeTarget {
  VM(
      KubevirtResource.VIRTUAL_MACHINE,
      "VirtualMachine",
      Set.of("vm", "vms", "virtualmachine", "virtualmachines")),
  VMI(
      KubevirtResource.VIRTUAL_MACHINE_INSTANCE,
      "VirtualMachineInstance",
      Set.of("vmi", "vmis", "virtualmachineinstance", "virtualmachineinstances")),
  VMIRS(
      KubevirtResource.VIRTUAL_MACHINE_INSTANCE_REPLICA_SET,
      "VirtualMachineInstance ReplicaSet",
      Set.of(
          "vmirs",
          "vmirss",
          "virtualmachineinstancereplicaset",
          "virtualmachineinstancereplicasets"));

  private final KubevirtResource resource;
  private final String displayName;
  private final Set<String> spellings;

  ExposeTarget(KubevirtResource resource, String displayName, Set<String> spellings) {
    this.resource = resource;
    this.displayName = displayName;
    this.spellings = spellings;
  }

  KubevirtResource resource() {
    return resource;
  }

  /** How failure lines name the kind, e.g. {@code VirtualMachineInstance ReplicaSet}. */
  String displayName() {
    return displayName;
  }

  /** Reads the type case-insensitively, singular or plural, short or long. */
  static ExposeTarget parse(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    for (ExposeTarget target : values()) {
      if (target.spellings.contains(lower)) {
        return target;
      }
    }
    throw new CommandFailedException("unsupported resource type: " + type);
  }
}
