package io.jvirt.bench;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.volume.ContainerDiskSource;
import io.jvirt.api.v1.volume.Volume;
import java.util.List;
import java.util.Map;

/**
 * The density test's VMIs and VMs, as upstream's KWOK test makes them: a containerDisk guest with
 * 100m CPU and 90Mi requested and limited, held to the fake nodes (nodeSelector {@code type: kwok},
 * tolerating their taint), so no QEMU ever runs.
 */
public final class DensityVmis {
  /** Label on every object the density run creates (value: the run's id). */
  public static final String RUN_LABEL = "bench.jvirt.io/density";

  /**
   * Label of the deletion batch an object belongs to: deleted {@link #DELETE_BATCH} at a time, as
   * upstream's density test does (one DeleteCollection of thousands outlasts a request's timeout).
   */
  public static final String BATCH_LABEL = "bench.jvirt.io/batch";

  /** How many objects one DeleteCollection takes. */
  public static final int DELETE_BATCH = 500;

  /** The fake nodes' label and value (hack/cluster's kwok nodes). */
  public static final Map<String, String> FAKE_NODES = Map.of("type", "kwok");

  private static final String DISK = "containerdisk";

  private DensityVmis() {}

  /**
   * A VMI {@code name} of run {@code run} and deletion batch {@code batch}, booting {@code image}.
   */
  public static VirtualMachineInstance vmi(String name, String run, String batch, String image) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(metadata(name, run, batch));
    vmi.setSpec(spec(image));
    return vmi;
  }

  /** A VM {@code name} of run {@code run} and deletion batch {@code batch}, runStrategy Always. */
  public static VirtualMachine vm(String name, String run, String batch, String image) {
    VirtualMachine vm = new VirtualMachine();
    vm.setMetadata(metadata(name, run, batch));
    vm.setSpec(
        new VirtualMachineSpec()
            .setRunStrategy(RunStrategy.ALWAYS)
            .setTemplate(
                new VirtualMachineInstanceTemplateSpec()
                    .setMetadata(new ObjectMetaBuilder().addToLabels(RUN_LABEL, run).build())
                    .setSpec(spec(image))));
    return vm;
  }

  /** The {@link #BATCH_LABEL} value of the {@code index}th object of a run. */
  public static String batchOf(int index) {
    return String.valueOf(index / DELETE_BATCH);
  }

  private static ObjectMeta metadata(String name, String run, String batch) {
    return new ObjectMetaBuilder()
        .withName(name)
        .addToLabels(RUN_LABEL, run)
        .addToLabels(BATCH_LABEL, batch)
        .build();
  }

  private static VirtualMachineInstanceSpec spec(String image) {
    Map<String, Quantity> resources =
        Map.of("cpu", new Quantity("100m"), "memory", new Quantity("90Mi"));
    Toleration fake =
        new TolerationBuilder()
            .withKey("kwok.x-k8s.io/node")
            .withOperator("Exists")
            .withEffect("NoSchedule")
            .build();
    return new VirtualMachineInstanceSpec()
        .setDomain(
            new DomainSpec()
                .setResources(
                    new ResourceRequirements().setRequests(resources).setLimits(resources))
                .setDevices(
                    new Devices()
                        .setDisks(
                            List.of(
                                new Disk()
                                    .setName(DISK)
                                    .setDisk(new DiskTarget().setBus(DiskBus.VIRTIO))))))
        .setVolumes(
            List.of(
                new Volume()
                    .setName(DISK)
                    .setContainerDisk(new ContainerDiskSource().setImage(image))))
        .setNodeSelector(FAKE_NODES)
        .setTolerations(List.of(fake))
        .setTerminationGracePeriodSeconds(0L);
  }
}
