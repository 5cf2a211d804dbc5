package io.jvirt.apiserver.admission.decide;

import static io.jvirt.apiserver.admission.decide.AdmissionFixtures.containerDisk;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Hugepages;
import io.jvirt.api.v1.domain.Memory;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.volume.Volume;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The VMI-create-only rules: memory, a disk per volume, reserved labels. */
class VmiCreateRulesTest {
  private static final FieldError NO_MEMORY =
      new FieldError(
          "spec.domain.resources.requests.memory",
          "no memory requested, at least one of 'spec.domain.memory.guest',"
              + " 'spec.domain.memory.hugepages.pageSize' or"
              + " 'spec.domain.resources.requests.memory' must be set");

  @Test
  void theFixtureIsValid() {
    assertThat(VmiCreateRules.check(AdmissionFixtures.vmi(), false)).isEmpty();
  }

  @Test
  void aVmiWithoutMemoryIsRejected() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().setResources(null);

    assertThat(VmiCreateRules.check(vmi, false)).containsExactly(NO_MEMORY);
  }

  @Test
  void aZeroMemoryRequestIsNoRequest() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().getResources().getRequests().put("memory", new Quantity("0"));

    assertThat(VmiCreateRules.check(vmi, false)).containsExactly(NO_MEMORY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"memory.guest", "hugepages.pageSize", "limits.memory"})
  void anyOtherMemorySettingIsEnough(String setting) {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getDomain().setResources(null);
    memorySetters().get(setting).accept(vmi);

    assertThat(VmiCreateRules.check(vmi, false)).isEmpty();
  }

  @Test
  void aVolumeWithoutDiskIsReportedUnderUpstreamsPath() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getVolumes().add(containerDisk("spare"));

    assertThat(VmiCreateRules.check(vmi, false))
        .containsExactly(
            new FieldError(
                "spec.domain.volumes[1].name", "spec.domain.volumes[1].name 'spare' not found."));
  }

  @Test
  void aFilesystemOrAMemoryDumpNeedsNoDisk() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getSpec().getVolumes().add(containerDisk("shared"));
    Volume dump = new Volume();
    dump.setName("dump");
    dump.setUnmodelledField("memoryDump", Map.of("claimName", "dump-pvc"));
    vmi.getSpec().getVolumes().add(dump);
    vmi.getSpec()
        .getDomain()
        .getDevices()
        .setUnmodelledField("filesystems", List.of(Map.of("name", "shared", "virtiofs", Map.of())));

    assertThat(VmiCreateRules.check(vmi, false)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "kubevirt.io/created-by",
        "kubevirt.io/migrationJobUID",
        "kubevirt.io/nodeName",
        "kubevirt.io/migrationTargetNodeName",
        "kubevirt.io/schedulable",
        "kubevirt.io/install-strategy"
      })
  void usersMayNotSetReservedLabels(String label) {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getMetadata().getLabels().put(label, "x");

    assertThat(VmiCreateRules.check(vmi, false))
        .containsExactly(
            new FieldError(
                "metadata.labels",
                "creation of the following reserved kubevirt.io/ labels on a VMI object is"
                    + " prohibited"));
    assertThat(VmiCreateRules.check(vmi, true)).isEmpty();
  }

  @Test
  void otherKubevirtLabelsAreFine() {
    VirtualMachineInstance vmi = AdmissionFixtures.vmi();
    vmi.getMetadata().getLabels().put("kubevirt.io/vm", "vm-test");

    assertThat(VmiCreateRules.check(vmi, false)).isEmpty();
  }

  private static Map<String, Consumer<VirtualMachineInstance>> memorySetters() {
    return Map.of(
        "memory.guest",
        vmi -> memory(vmi).setGuest(new Quantity("1Gi")),
        "hugepages.pageSize",
        vmi -> {
          Hugepages hugepages = new Hugepages();
          hugepages.setPageSize("2Mi");
          memory(vmi).setHugepages(hugepages);
        },
        "limits.memory",
        vmi -> {
          ResourceRequirements resources = new ResourceRequirements();
          resources.setLimits(Map.of("memory", new Quantity("1Gi")));
          vmi.getSpec().getDomain().setResources(resources);
        });
  }

  private static Memory memory(VirtualMachineInstance vmi) {
    Memory memory = new Memory();
    vmi.getSpec().getDomain().setMemory(memory);
    return memory;
  }
}
