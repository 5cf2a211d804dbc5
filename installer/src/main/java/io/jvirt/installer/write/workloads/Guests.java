package io.jvirt.installer.write.workloads;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.domain.InterfaceMasquerade;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.network.PodNetwork;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.ContainerDiskSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.installer.model.Images;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The guest every example runs: cirros from a container disk, NAT on the pod network, 128Mi. */
final class Guests {
  /** The cirros demo disk built and loaded with jvirt's images. */
  static final String CIRROS_IMAGE =
      Images.LOCAL_REGISTRY + "/cirros-container-disk-demo:" + Images.DEFAULT_TAG;

  private static final String POD_NETWORK = "default";
  private static final String USER_DATA = "#!/bin/sh\necho 'printed from cloud-init userdata'\n";

  private Guests() {}

  /** The cirros guest; {@code cloudInit} adds a NoCloud user-data disk. */
  static VirtualMachineInstanceSpec cirros(boolean cloudInit) {
    List<Disk> disks = new ArrayList<>(List.of(virtioDisk("containerdisk")));
    List<Volume> volumes =
        new ArrayList<>(
            List.of(
                new Volume()
                    .setName("containerdisk")
                    .setContainerDisk(new ContainerDiskSource().setImage(CIRROS_IMAGE))));
    if (cloudInit) {
      disks.add(virtioDisk("cloudinitdisk"));
      volumes.add(
          new Volume()
              .setName("cloudinitdisk")
              .setCloudInitNoCloud(new CloudInitNoCloudSource().setUserData(USER_DATA)));
    }
    DomainSpec domain =
        new DomainSpec()
            .setResources(
                new ResourceRequirements().setRequests(Map.of("memory", new Quantity("128Mi"))))
            .setDevices(
                new Devices()
                    .setDisks(disks)
                    .setInterfaces(
                        List.of(
                            new Interface()
                                .setName(POD_NETWORK)
                                .setMasquerade(new InterfaceMasquerade()))));
    return new VirtualMachineInstanceSpec()
        .setDomain(domain)
        .setNetworks(List.of(new Network().setName(POD_NETWORK).setPod(new PodNetwork())))
        .setTerminationGracePeriodSeconds(0L)
        .setVolumes(volumes);
  }

  private static Disk virtioDisk(String name) {
    return new Disk().setName(name).setDisk(new DiskTarget().setBus(DiskBus.VIRTIO));
  }
}
