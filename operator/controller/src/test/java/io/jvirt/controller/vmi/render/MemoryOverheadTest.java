package io.jvirt.controller.vmi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ReservedOverhead;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.vmi.Probe;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The memory overhead formula of section 3.4 and how it enters the compute container. */
class MemoryOverheadTest {
  private static final long MI = 1024 * 1024;

  @Test
  void cirrosVectorFromTheSpecification() {
    VirtualMachineInstance cirros = LauncherFixtures.cirros();

    assertThat(MemoryOverhead.of(cirros, LauncherFixtures.CONFIG)).isEqualTo(new Quantity("288Mi"));

    Container compute =
        LauncherPodRenderer.render(cirros, LauncherFixtures.CONFIG)
            .getSpec()
            .getContainers()
            .get(0);
    assertThat(compute.getResources().getRequests())
        .containsEntry("memory", new Quantity("416Mi"))
        .containsEntry("cpu", new Quantity("100m"));
    assertThat(compute.getResources().getLimits())
        .containsOnlyKeys(
            "devices.kubevirt.io/kvm", "devices.kubevirt.io/tun", "devices.kubevirt.io/vhost-net");
  }

  @Test
  void pageTablesCountOnlyTheMemoryRequest() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec()
        .getDomain()
        .setResources(
            new ResourceRequirements().setRequests(Map.of("memory", new Quantity("1Gi"))));

    // 1Gi / 512 = 2Mi of page tables on top of the cirros 288Mi
    assertThat(MemoryOverhead.of(vmi, LauncherFixtures.CONFIG)).isEqualTo(new Quantity("290Mi"));
  }

  @Test
  void everyVcpuAddsEightMebibytes() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec().getDomain().setCpu(new CPU().setCores(2).setSockets(2));

    assertThat(MemoryOverhead.bytes(vmi)).isEqualTo((288 + 3 * 8) * MI);
  }

  @Test
  void withoutGraphicsTheVideoRamIsNotReserved() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec().getDomain().getDevices().setAutoattachGraphicsDevice(false);

    assertThat(MemoryOverhead.bytes(vmi)).isEqualTo((288 - 32) * MI);
  }

  @Test
  void reservedOverheadIsAdded() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec()
        .getDomain()
        .setMemory(
            new Memory()
                .setGuest(new Quantity("128Mi"))
                .setReservedOverhead(new ReservedOverhead().setAddedOverhead(new Quantity("1Gi"))));

    assertThat(MemoryOverhead.bytes(vmi)).isEqualTo((288 + 1024) * MI);
  }

  @Test
  void execProbesAndDedicatedCpusCostExtra() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec().setReadinessProbe(new Probe().setExec(new ExecAction(java.util.List.of("true"))));
    vmi.getSpec().getDomain().getCpu().setDedicatedCpuPlacement(true);

    // 10Mi per exec probe + 100Mi for virt-probe + 100Mi for dedicated CPUs
    assertThat(MemoryOverhead.bytes(vmi)).isEqualTo((288 + 10 + 100 + 100) * MI);
  }

  @Test
  void overcommitAndOvercommitGuestOverheadShrinkTheRequest() {
    VirtualMachineInstance vmi = LauncherFixtures.cirros();
    vmi.getSpec()
        .getDomain()
        .setResources(new ResourceRequirements().setOvercommitGuestOverhead(true));
    var config =
        new io.jvirt.controller.config.model.ClusterConfig(
            LauncherFixtures.LAUNCHER_IMAGE,
            java.util.List.of("/usr/bin/virt-launcher-monitor"),
            "IfNotPresent",
            false,
            10,
            200,
            new Quantity("100m"),
            "bridge");

    var requests = ComputeResources.render(vmi, config).getRequests();

    // 128Mi guest at 200% overcommit, and no overhead in the request
    assertThat(requests).containsEntry("memory", new Quantity("64Mi"));
  }
}
