package io.jvirt.installer.write.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceTemplateSpec;
import io.jvirt.apiserver.admission.decide.AdmissionRules;
import io.jvirt.apiserver.admission.decide.Defaults;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.apiserver.admission.decide.VmDefaults;
import io.jvirt.common.model.DeepCopies;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every example passes jvirt's admission: its mutating defaults, then its validating rules. */
class ExampleWorkloadsAdmissionTest {
  private final AdmissionRules rules = new AdmissionRules();

  @Test
  void vmsAreAdmitted() {
    for (VirtualMachine example :
        new VirtualMachine[] {ExampleWorkloads.testVm(), ExampleWorkloads.stoppedVm()}) {
      VirtualMachine vm = DeepCopies.of(example, VirtualMachine.class);
      VmDefaults.onCreate(vm, ExampleWorkloadsAdmissionTest::uuid);
      assertAllowed(rules.validateVm(vm));
      assertAllowed(rules.validateVmiCreate(vmiOf(vm.getSpec().getTemplate()), true));
    }
  }

  @Test
  void ephemeralVmiIsAdmitted() {
    VirtualMachineInstance vmi =
        DeepCopies.of(ExampleWorkloads.ephemeralVmi(), VirtualMachineInstance.class);
    Defaults.applyTo(vmi.getSpec(), ExampleWorkloadsAdmissionTest::uuid);
    assertAllowed(rules.validateVmiCreate(vmi));
  }

  @Test
  void replicaSetAndItsVmisAreAdmitted() {
    VirtualMachineInstanceReplicaSet replicaSet = ExampleWorkloads.webReplicaSet();
    assertAllowed(rules.validateReplicaSet(replicaSet));
    assertAllowed(rules.validateVmiCreate(vmiOf(replicaSet.getSpec().getTemplate()), true));
  }

  @Test
  void everyExampleLivesInTheVmNamespace() {
    assertThat(ExampleWorkloads.objects().get(0).getMetadata().getName()).isEqualTo("vms");
    assertThat(ExampleWorkloads.objects().subList(1, ExampleWorkloads.objects().size()))
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("vms"));
  }

  /** The VMI a controller stamps from {@code template}, after the VMI mutating webhook. */
  private static VirtualMachineInstance vmiOf(VirtualMachineInstanceTemplateSpec template) {
    VirtualMachineInstanceTemplateSpec copy =
        DeepCopies.of(template, VirtualMachineInstanceTemplateSpec.class);
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(copy.getMetadata());
    vmi.getMetadata().setName("stamped");
    vmi.getMetadata().setNamespace(ExampleWorkloads.NAMESPACE);
    vmi.setSpec(copy.getSpec());
    Defaults.applyTo(vmi.getSpec(), ExampleWorkloadsAdmissionTest::uuid);
    return vmi;
  }

  private static void assertAllowed(Verdict verdict) {
    assertThat(verdict.errors()).isEmpty();
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
