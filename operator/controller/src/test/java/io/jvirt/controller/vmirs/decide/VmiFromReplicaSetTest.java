package io.jvirt.controller.vmirs.decide;

import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.replicaSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VMIs {@link VmiFromReplicaSet} stamps out of a replica set template. */
class VmiFromReplicaSetTest {

  @Test
  void generateNameIsTheReplicaSetNameWithoutDash() {
    VirtualMachineInstance vmi = VmiFromReplicaSet.build(replicaSet(1));

    assertThat(vmi.getMetadata().getGenerateName()).isEqualTo("web");
    assertThat(vmi.getMetadata().getName()).isNull();
  }

  @Test
  void templateNameWinsOverGenerateNameAndIsCleared() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.getSpec().getTemplate().getMetadata().setName("from-name");
    rs.getSpec().getTemplate().getMetadata().setGenerateName("from-generate-");

    VirtualMachineInstance vmi = VmiFromReplicaSet.build(rs);

    assertThat(vmi.getMetadata().getGenerateName()).isEqualTo("from-name");
    assertThat(vmi.getMetadata().getName()).isNull();
  }

  @Test
  void templateGenerateNameIsUsedWhenNoName() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.getSpec().getTemplate().getMetadata().setGenerateName("gen-");

    assertThat(VmiFromReplicaSet.build(rs).getMetadata().getGenerateName()).isEqualTo("gen-");
  }

  @Test
  void carriesTemplateMetadataLabelsAndNamespace() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.getSpec().getTemplate().getMetadata().setAnnotations(Map.of("note", "x"));

    ObjectMeta meta = VmiFromReplicaSet.build(rs).getMetadata();

    assertThat(meta.getLabels()).containsExactlyEntriesOf(Map.of("app", "web"));
    assertThat(meta.getAnnotations()).containsEntry("note", "x");
    assertThat(meta.getNamespace()).isEqualTo("default");
  }

  @Test
  void hasOneControllerOwnerReference() {
    VirtualMachineInstance vmi = VmiFromReplicaSet.build(replicaSet(1));

    assertThat(vmi.getMetadata().getOwnerReferences()).hasSize(1);
    OwnerReference owner = vmi.getMetadata().getOwnerReferences().get(0);
    assertThat(owner.getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(owner.getKind()).isEqualTo("VirtualMachineInstanceReplicaSet");
    assertThat(owner.getName()).isEqualTo("web");
    assertThat(owner.getUid()).isEqualTo("rs-uid");
    assertThat(owner.getController()).isTrue();
    assertThat(owner.getBlockOwnerDeletion()).isTrue();
    assertThat(vmi.getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(vmi.getKind()).isEqualTo("VirtualMachineInstance");
  }

  @Test
  void specIsADeepCopyOfTheTemplate() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);

    VirtualMachineInstance vmi = VmiFromReplicaSet.build(rs);
    vmi.getSpec().getDomain().getCpu().setCores(8);
    vmi.getMetadata().getLabels().put("extra", "y");

    assertThat(rs.getSpec().getTemplate().getSpec().getDomain().getCpu().getCores()).isEqualTo(2);
    assertThat(rs.getSpec().getTemplate().getMetadata().getLabels()).doesNotContainKey("extra");
    assertThat(rs.getSpec().getTemplate().getMetadata().getGenerateName()).isNull();
  }
}
