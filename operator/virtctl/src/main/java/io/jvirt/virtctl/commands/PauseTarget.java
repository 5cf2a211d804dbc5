package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.util.Locale;
import java.util.Set;

/** The first argument of pause and unpause: a VM or a VMI, in any of their spellings. */
enum PauseTarget {
  VM(Set.of("vm", "vms", "virtualmachine", "virtualmachines")),
  VMI(Set.of("vmi", "vmis", "virtualmachineinstance", "virtualmachineinstances"));

  private final Set<String> spellings;

  PauseTarget(Set<String> spellings) {
    this.spellings = spellings;
  }

  /** Reads the type case-insensitively, singular or plural, short or long. */
  static PauseTarget parse(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    for (PauseTarget target : values()) {
      if (target.spellings.contains(lower)) {
        return target;
      }
    }
    throw new CommandFailedException("unsupported resource type: " + type + " (use vm or vmi)");
  }
}
