package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.testing.Corpus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus manifest of a validated kind is admitted, except those asking for what jvirt cannot
 * run, which are rejected naming exactly those fields.
 */
class AdmissionRulesCorpusTest {
  private static final Map<String, List<String>> REJECTED =
      Map.of(
          "10-vm-instancetype-preference.yaml",
          List.of("spec.instancetype", "spec.preference"),
          "11-vm-windows-sysprep.yaml",
          List.of("spec.template.spec.volumes[1].sysprep"),
          "12-vm-downward-metrics.yaml",
          List.of("spec.template.spec.volumes[1].downwardMetrics"),
          "23-vmi-gpu-hostdevices.yaml",
          List.of("spec.domain.devices.gpus", "spec.domain.devices.hostDevices"),
          "24-vmi-sev-launch-security.yaml",
          List.of("spec.domain.launchSecurity"));

  private final AdmissionRules rules = new AdmissionRules();

  static List<Corpus.Manifest> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachManifestIsAdmittedUnlessItNeedsAnUnsupportedFeature(Corpus.Manifest manifest) {
    HasMetadata object = AdmissionFixtures.SERIALIZATION.unmarshal(manifest.yaml());
    Optional<Verdict> verdict = validate(object);
    if (verdict.isEmpty()) {
      return; // KubeVirt, CDI and CDIConfig have no validating rules here
    }

    List<String> expected = REJECTED.getOrDefault(manifest.file(), List.of());
    assertThat(verdict.get().errors())
        .as("errors of %s", manifest.file())
        .extracting(FieldError::field)
        .containsExactlyElementsOf(expected);
    assertThat(verdict.get().errors())
        .allSatisfy(error -> assertThat(error.message()).endsWith(" is not supported by jvirt"));
  }

  @Test
  void withoutTheMutatorsDefaultDiskTheImplicitDiskVmiIsRejected() {
    Corpus.Manifest implicitDisk =
        Corpus.all().stream()
            .filter(m -> m.file().equals("18-vmi-sata-implicit-disk.yaml"))
            .findFirst()
            .orElseThrow();
    VirtualMachineInstance vmi =
        AdmissionFixtures.SERIALIZATION.unmarshal(
            implicitDisk.yaml(), VirtualMachineInstance.class);

    assertThat(rules.validateVmiCreate(vmi).errors())
        .containsExactly(
            new FieldError(
                "spec.domain.volumes[0].name",
                "spec.domain.volumes[0].name 'containerdisk' not found."));
  }

  @Test
  void mostOfTheCorpusIsValidatedHere() {
    long validated =
        Corpus.all().stream()
            .map(m -> validate(AdmissionFixtures.SERIALIZATION.unmarshal(m.yaml())))
            .filter(Optional::isPresent)
            .count();

    assertThat(validated).isEqualTo(35);
  }

  @Test
  void theOnlyWarningIsForTheVmThatUsesRunning() {
    List<String> warned =
        Corpus.all().stream()
            .filter(
                m ->
                    validate(AdmissionFixtures.SERIALIZATION.unmarshal(m.yaml()))
                        .map(v -> !v.warnings().isEmpty())
                        .orElse(false))
            .map(Corpus.Manifest::file)
            .toList();

    assertThat(warned).containsExactly("01-vm-cirros-canonical.yaml");
  }

  private Optional<Verdict> validate(HasMetadata object) {
    if (object instanceof VirtualMachine vm) {
      return Optional.of(rules.validateVm(vm));
    }
    if (object instanceof VirtualMachineInstance vmi) {
      // Upstream's VMI mutator adds a disk for every diskless volume before validation runs
      // (file 18 relies on it); the corpus holds manifests as users write them, so do it here.
      AdmissionFixtures.withDefaultDisks(vmi.getSpec());
      return Optional.of(rules.validateVmiCreate(vmi));
    }
    if (object instanceof VirtualMachineInstanceReplicaSet replicaSet) {
      return Optional.of(rules.validateReplicaSet(replicaSet));
    }
    if (object instanceof VirtualMachineInstancePreset preset) {
      return Optional.of(rules.validatePreset(preset));
    }
    if (object instanceof VirtualMachineInstanceMigration migration) {
      return Optional.of(rules.validateMigration(migration));
    }
    if (object instanceof DataVolume dataVolume) {
      return Optional.of(rules.validateDataVolume(dataVolume));
    }
    return Optional.empty();
  }
}
