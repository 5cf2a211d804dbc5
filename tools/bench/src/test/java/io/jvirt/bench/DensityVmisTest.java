package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import org.junit.jupiter.api.Test;

/** The density test's VMIs stay on the fake nodes and ask for what upstream's do. */
class DensityVmisTest {
  @Test
  void heldToTheFakeNodesWithUpstreamsRequests() {
    VirtualMachineInstance vmi = DensityVmis.vmi("d-1", "run1", "0", "example/disk");
    assertThat(vmi.getSpec().getNodeSelector()).containsEntry("type", "kwok");
    assertThat(vmi.getSpec().getTolerations())
        .anySatisfy(t -> assertThat(t.getKey()).isEqualTo("kwok.x-k8s.io/node"));
    assertThat(vmi.getMetadata().getLabels()).containsEntry(DensityVmis.RUN_LABEL, "run1");
    assertThat(vmi.getMetadata().getLabels()).containsEntry(DensityVmis.BATCH_LABEL, "0");
    String json = Serialization.asJson(vmi);
    assertThat(json).contains("\"cpu\":\"100m\"").contains("\"memory\":\"90Mi\"");
  }

  @Test
  void vmsRunAlwaysWithTheSameTemplate() {
    var vm = DensityVmis.vm("d-1", "run1", "0", "example/disk");
    assertThat(vm.getSpec().getRunStrategy()).hasToString("ALWAYS");
    assertThat(vm.getSpec().getTemplate().getSpec().getNodeSelector())
        .containsEntry("type", "kwok");
  }
}
