package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import java.util.function.Supplier;

/**
 * What upstream's VM mutator adds to a new VM, filling only unset fields: a random firmware UUID
 * and serial (stable for the VM's life, so the guest keeps its identity across restarts) and the
 * machine type.
 */
public final class VmDefaults {
  private VmDefaults() {}

  /** Applies the create-time defaults to {@code vm} (a copy the caller owns). */
  public static void onCreate(VirtualMachine vm, Supplier<String> uuids) {
    if (vm.getSpec() == null
        || vm.getSpec().getTemplate() == null
        || vm.getSpec().getTemplate().getSpec() == null
        || vm.getSpec().getTemplate().getSpec().getDomain() == null) {
      return;
    }
    DomainSpec domain = vm.getSpec().getTemplate().getSpec().getDomain();
    if (domain.getFirmware() == null) {
      domain.setFirmware(new Firmware());
    }
    if (domain.getFirmware().getUuid() == null) {
      domain.getFirmware().setUuid(uuids.get());
    }
    if (domain.getFirmware().getSerial() == null) {
      domain.getFirmware().setSerial(uuids.get());
    }
    Defaults.machine(domain);
  }
}
