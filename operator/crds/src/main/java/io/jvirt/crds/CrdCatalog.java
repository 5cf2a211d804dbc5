package io.jvirt.crds;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import java.util.List;

/** Every custom resource class jvirt generates a CRD for, one entry per served version. */
public final class CrdCatalog {
  /** kubevirt.io: installed by every profile. */
  public static final List<Class<? extends HasMetadata>> KUBEVIRT =
      List.of(
          VirtualMachine.class,
          io.jvirt.api.v1alpha3.VirtualMachine.class,
          VirtualMachineInstance.class,
          io.jvirt.api.v1alpha3.VirtualMachineInstance.class,
          VirtualMachineInstanceReplicaSet.class,
          io.jvirt.api.v1alpha3.VirtualMachineInstanceReplicaSet.class,
          VirtualMachineInstancePreset.class,
          io.jvirt.api.v1alpha3.VirtualMachineInstancePreset.class,
          VirtualMachineInstanceMigration.class,
          io.jvirt.api.v1alpha3.VirtualMachineInstanceMigration.class,
          KubeVirt.class,
          io.jvirt.api.v1alpha3.KubeVirt.class);

  /** cdi.kubevirt.io: installed by the basic+cdi profile. */
  public static final List<Class<? extends HasMetadata>> CDI_GROUP =
      List.of(
          DataVolume.class,
          CDI.class,
          io.jvirt.cdi.api.v1alpha1.CDI.class,
          CDIConfig.class,
          StorageProfile.class,
          DataSource.class);

  private CrdCatalog() {}
}
