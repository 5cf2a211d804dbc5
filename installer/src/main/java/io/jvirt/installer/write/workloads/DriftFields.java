package io.jvirt.installer.write.workloads;

import java.util.List;

/**
 * Fields of the example kinds that change after apply without anyone editing Git: what jvirt's
 * mutating webhooks fill in (VmDefaults on VMs, Defaults and the foreground-delete finalizer on
 * VMIs) and what {@code virtctl start/stop} rewrites. A GitOps tool must not diff or revert them.
 */
final class DriftFields {
  private DriftFields() {}

  /** Fields of one kind, as jq path expressions. */
  record Rule(String kind, List<String> jqPathExpressions) {
    /** Immutable copy. */
    Rule {
      jqPathExpressions = List.copyOf(jqPathExpressions);
    }
  }

  /**
   * The rules, one per kind. The replica set has none: no webhook mutates it, its VMIs get the
   * defaults and are not in Git. Pod-network and per-volume disk defaults apply only when a VMI
   * declares no interface or leaves a volume without a disk; the examples declare both, so a change
   * to them in Git stays visible.
   */
  static List<Rule> rules() {
    return List.of(
        new Rule(
            "VirtualMachine",
            List.of(
                ".spec.runStrategy",
                ".spec.running",
                ".spec.template.spec.domain.firmware.uuid",
                ".spec.template.spec.domain.firmware.serial",
                ".spec.template.spec.domain.machine.type")),
        new Rule(
            "VirtualMachineInstance",
            List.of(
                ".metadata.finalizers",
                ".spec.domain.firmware.uuid",
                ".spec.domain.machine.type",
                ".spec.domain.memory.guest",
                ".spec.domain.devices.disks[].disk.bus")));
  }
}
