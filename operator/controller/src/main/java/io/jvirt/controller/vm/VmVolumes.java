package io.jvirt.controller.vm;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.util.Map;

/**
 * The storage a VM waits for: its DataVolumes (observed and created) and the phases of the PVCs its
 * volumes name. The DataVolume import itself belongs to the CDI side, which fills these in.
 */
public interface VmVolumes {
  /** The DataVolumes of the VM's namespace that its templates or volumes name, by name. */
  Map<String, DataVolume> dataVolumes(VirtualMachine vm);

  /** The phase of each PVC the VM's volumes (pvc or dataVolume) name, by claim name. */
  Map<String, String> pvcPhases(VirtualMachine vm);

  /** Creates a DataVolume built from one of the VM's templates. */
  void create(VirtualMachine vm, DataVolume dataVolume);
}
