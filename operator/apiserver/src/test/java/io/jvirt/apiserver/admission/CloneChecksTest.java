package io.jvirt.apiserver.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import io.fabric8.kubernetes.api.model.authentication.UserInfoBuilder;
import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Clone authorization of DataVolumes and VM templates at admission. */
class CloneChecksTest {
  private static final UserInfo ALICE = new UserInfoBuilder().withUsername("alice").build();
  private final List<String> asked = new ArrayList<>();
  private final CloneAuthorization onlyGolden =
      (user, namespace, name) -> {
        asked.add(user.getUsername() + " " + namespace + "/" + name);
        return "golden".equals(namespace)
            ? Optional.empty()
            : Optional.of(
                "User alice has insufficient permissions in clone source namespace " + namespace);
      };

  private static DataVolumeSpec cloneOf(String namespace, String name) {
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace(namespace);
    pvc.setName(name);
    DataVolumeSource source = new DataVolumeSource();
    source.setPvc(pvc);
    DataVolumeSpec spec = new DataVolumeSpec();
    spec.setSource(source);
    return spec;
  }

  @Test
  void aCloneFromAnAllowedNamespacePasses() {
    DataVolume dv = new DataVolume();
    dv.setSpec(cloneOf("golden", "fedora"));
    assertThat(CloneChecks.dataVolume(dv, "team", ALICE, onlyGolden).isAllowed()).isTrue();
    assertThat(asked).containsExactly("alice golden/fedora");
  }

  @Test
  void aRefusedCloneNamesTheUserAndTheSourceNamespace() {
    DataVolume dv = new DataVolume();
    dv.setSpec(cloneOf("secret", "db"));
    Verdict verdict = CloneChecks.dataVolume(dv, "team", ALICE, onlyGolden);
    assertThat(verdict.errors().get(0).field()).isEqualTo("spec.source.PVC.namespace");
    assertThat(verdict.errors().get(0).message())
        .isEqualTo("User alice has insufficient permissions in clone source namespace secret");
  }

  @Test
  void aCloneWithoutNamespaceClonesFromItsOwn() {
    DataVolume dv = new DataVolume();
    dv.setSpec(cloneOf(null, "db"));
    CloneChecks.dataVolume(dv, "golden", ALICE, onlyGolden);
    assertThat(asked).containsExactly("alice golden/db");
  }

  @Test
  void vmTemplatesAreCheckedOneByOneAndNonClonesAreNotAsked() {
    DataVolumeTemplateSpec refused = new DataVolumeTemplateSpec();
    refused.setSpec(cloneOf("secret", "db"));
    DataVolumeTemplateSpec blank = new DataVolumeTemplateSpec();
    blank.setSpec(new DataVolumeSpec());
    VirtualMachine vm = new VirtualMachine();
    VirtualMachineSpec spec = new VirtualMachineSpec();
    spec.setDataVolumeTemplates(List.of(blank, refused));
    vm.setSpec(spec);
    Verdict verdict = CloneChecks.templates(vm, "team", ALICE, onlyGolden);
    assertThat(verdict.errors()).hasSize(1);
    assertThat(verdict.errors().get(0).field()).isEqualTo("spec.dataVolumeTemplates[1]");
    assertThat(verdict.errors().get(0).message())
        .startsWith("Authorization failed, message is: User alice has insufficient");
    assertThat(asked).hasSize(1);
  }
}
