package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceMasquerade;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.network.PodNetwork;
import io.jvirt.api.v1.volume.ContainerDiskSource;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Valid manifests the rule tests start from and break one field at a time, plus small builders. */
final class AdmissionFixtures {
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static final String VMI =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachineInstance
      metadata:
        name: vmi-test
        labels:
          special: vmi-test
      spec:
        domain:
          devices:
            disks:
            - name: containerdisk
              disk:
                bus: virtio
            interfaces:
            - name: default
              masquerade: {}
          resources:
            requests:
              memory: 128Mi
        networks:
        - name: default
          pod: {}
        volumes:
        - name: containerdisk
          containerDisk:
            image: registry.local/jvirt/cirros-container-disk-demo:devel
      """;

  static final String VM =
      """
      apiVersion: kubevirt.io/v1
      kind: VirtualMachine
      metadata:
        name: vm-test
      spec:
        runStrategy: Halted
        dataVolumeTemplates:
        - metadata:
            name: root-dv
          spec:
            storage:
              resources:
                requests:
                  storage: 1Gi
            source:
              blank: {}
        template:
          metadata:
            labels:
              kubevirt.io/vm: vm-test
          spec:
            domain:
              devices:
                disks:
                - name: rootdisk
                  disk:
                    bus: virtio
              resources:
                requests:
                  memory: 128Mi
            volumes:
            - name: rootdisk
              dataVolume:
                name: root-dv
      """;

  private AdmissionFixtures() {}

  static <T> T parse(String yaml, Class<T> type) {
    return SERIALIZATION.unmarshal(yaml, type);
  }

  static VirtualMachineInstance vmi() {
    return parse(VMI, VirtualMachineInstance.class);
  }

  static VirtualMachine vm() {
    return parse(VM, VirtualMachine.class);
  }

  static Disk disk(String name) {
    Disk disk = new Disk();
    disk.setName(name);
    disk.setDisk(new DiskTarget());
    return disk;
  }

  static Volume containerDisk(String name) {
    ContainerDiskSource source = new ContainerDiskSource();
    source.setImage("registry.local/jvirt/cirros-container-disk-demo:devel");
    Volume volume = new Volume();
    volume.setName(name);
    volume.setContainerDisk(source);
    return volume;
  }

  static Interface masquerade(String name) {
    Interface iface = new Interface();
    iface.setName(name);
    iface.setMasquerade(new InterfaceMasquerade());
    return iface;
  }

  static Network podNetwork(String name) {
    Network network = new Network();
    network.setName(name);
    network.setPod(new PodNetwork());
    return network;
  }

  /**
   * What upstream's VMI mutator does before validation and the corpus files do not: a {@code disk:
   * {}} for every volume no disk (or filesystem) names.
   */
  static VirtualMachineInstanceSpec withDefaultDisks(VirtualMachineInstanceSpec spec) {
    if (spec.getDomain().getDevices().getDisks() == null) {
      spec.getDomain().getDevices().setDisks(new ArrayList<>());
    }
    List<Disk> disks = spec.getDomain().getDevices().getDisks();
    Set<String> named = new HashSet<>();
    disks.forEach(disk -> named.add(disk.getName()));
    for (Volume volume : spec.getVolumes() == null ? List.<Volume>of() : spec.getVolumes()) {
      if (named.add(volume.getName())) {
        disks.add(disk(volume.getName()));
      }
    }
    return spec;
  }
}
