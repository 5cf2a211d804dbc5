package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.volume.PersistentVolumeClaimVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's VirtualMachine rules, one broken field at a time, on a valid VM fixture. */
class VmRulesTest {

  /** One way to break the fixture VM, and the single error it must cause. */
  record Case(String name, Consumer<VirtualMachine> change, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> brokenVms() {
    return Stream.of(
        new Case(
            "running and runStrategy",
            vm -> vm.getSpec().setRunning(false),
            "spec.running",
            "Running and RunStrategy are mutually exclusive. Note that Running is deprecated,"
                + " please use RunStrategy instead"),
        new Case(
            "neither running nor runStrategy",
            vm -> vm.getSpec().setRunStrategy(null),
            "spec.running",
            "RunStrategy must be specified"),
        new Case(
            "no template",
            vm -> vm.getSpec().setTemplate(null),
            "spec.template",
            "missing virtual machine template."),
        new Case(
            "template disk without volume",
            vm -> vm.getSpec().getTemplate().getSpec().getVolumes().get(0).setName("other"),
            "spec.template.spec.domain.devices.disks[0].name",
            "spec.template.spec.domain.devices.disks[0].Name 'rootdisk' not found."),
        new Case(
            "dataVolumeTemplate without name",
            vm -> vm.getSpec().getDataVolumeTemplates().get(0).getMetadata().setName(""),
            "spec.dataVolumeTemplate[0].name",
            "'name' field must not be empty for DataVolumeTemplate entry"
                + " spec.dataVolumeTemplate[0].name."),
        new Case(
            "dataVolumeTemplate without storage or pvc",
            vm -> vm.getSpec().getDataVolumeTemplates().get(0).getSpec().setStorage(null),
            "spec.dataVolumeTemplate[0].PVC.Storage",
            "Missing Data volume PVC or Storage"),
        new Case(
            "dataVolumeTemplate with storage and pvc",
            vm ->
                vm.getSpec()
                    .getDataVolumeTemplates()
                    .get(0)
                    .getSpec()
                    .setPvc(new PersistentVolumeClaimSpec()),
            "spec.dataVolumeTemplate[0].PVC.Storage",
            "Duplicate storage definition, both target storage and target pvc defined"),
        new Case(
            "dataVolumeTemplate nobody uses",
            vm -> vm.getSpec().getDataVolumeTemplates().get(0).getMetadata().setName("unused"),
            "spec.dataVolumeTemplate[0]",
            "DataVolumeTemplate entry spec.dataVolumeTemplate[0] must be referenced in the VMI"
                + " template's 'volumes' list"));
  }

  @Test
  void theFixtureIsValid() {
    Verdict verdict = VmRules.check(AdmissionFixtures.vm());

    assertThat(verdict.errors()).isEmpty();
    assertThat(verdict.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenVms")
  void eachBrokenRuleIsReportedOnItsField(Case broken) {
    VirtualMachine vm = AdmissionFixtures.vm();
    broken.change().accept(vm);

    assertThat(VmRules.check(vm).errors())
        .containsExactly(new FieldError(broken.field(), broken.message()));
  }

  @Test
  void runningAloneIsAllowedWithADeprecationWarning() {
    VirtualMachine vm = AdmissionFixtures.vm();
    vm.getSpec().setRunStrategy(null);
    vm.getSpec().setRunning(true);

    Verdict verdict = VmRules.check(vm);

    assertThat(verdict.errors()).isEmpty();
    assertThat(verdict.warnings())
        .containsExactly("spec.running is deprecated, please use spec.runStrategy instead.");
  }

  @Test
  void runningWithRunStrategyAlsoWarns() {
    VirtualMachine vm = AdmissionFixtures.vm();
    vm.getSpec().setRunning(true);
    vm.getSpec().setRunStrategy(RunStrategy.ALWAYS);

    assertThat(VmRules.check(vm).warnings()).hasSize(1);
  }

  @Test
  void aPvcVolumeOfTheSameNameAlsoUsesADataVolumeTemplate() {
    VirtualMachine vm = AdmissionFixtures.vm();
    Volume volume = vm.getSpec().getTemplate().getSpec().getVolumes().get(0);
    volume.setDataVolume(null);
    PersistentVolumeClaimVolumeSource claim = new PersistentVolumeClaimVolumeSource();
    claim.setClaimName("root-dv");
    volume.setPersistentVolumeClaim(claim);

    assertThat(VmRules.check(vm).errors()).isEmpty();
  }

  @Test
  void aPvcTargetIsAsGoodAsAStorageTarget() {
    VirtualMachine vm = AdmissionFixtures.vm();
    var template = vm.getSpec().getDataVolumeTemplates().get(0).getSpec();
    StorageSpec storage = template.getStorage();
    template.setStorage(null);
    PersistentVolumeClaimSpec pvc = new PersistentVolumeClaimSpec();
    pvc.setResources(storage.getResources());
    template.setPvc(pvc);

    assertThat(VmRules.check(vm).errors()).isEmpty();
  }

  @Test
  void theTemplateNeedsNoMemoryAndNoDiskPerVolume() {
    VirtualMachine vm = AdmissionFixtures.vm();
    var spec = vm.getSpec().getTemplate().getSpec();
    spec.getDomain().setResources(null);
    spec.getVolumes().add(AdmissionFixtures.containerDisk("diskless"));

    assertThat(VmRules.check(vm).errors()).isEmpty();
  }
}
