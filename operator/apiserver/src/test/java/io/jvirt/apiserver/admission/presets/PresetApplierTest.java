package io.jvirt.apiserver.admission.presets;

import static io.jvirt.apiserver.admission.presets.PresetFixtures.domain;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.preset;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.small;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.Machine;
import io.jvirt.api.v1.domain.ResourceRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Upstream's preset merge, conflict and exclusion rules in {@link PresetApplier}. */
class PresetApplierTest {
  private static final String ANNOTATION = "virtualmachinepreset.kubevirt.io/p";

  private static DomainSpec requests(String memory) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("memory", new Quantity(memory));
    return domain().setResources(new ResourceRequirements().setRequests(requests));
  }

  @Test
  void fillsWhatItCanAndReportsWhatTheVmiOverrides() {
    DomainSpec presetDomain =
        domain().setCpu(new CPU().setCores(6)).setFirmware(new Firmware().setUuid("u1"));
    PresetResult result =
        PresetApplier.apply(
            List.of(small("p", presetDomain)), vmi(domain().setCpu(new CPU().setCores(4))));

    assertThat(result.spec().getDomain().getCpu().getCores()).isEqualTo(4);
    assertThat(result.spec().getDomain().getFirmware().getUuid()).isEqualTo("u1");
    assertThat(result.annotations()).containsKey(ANNOTATION);
    assertThat(result.notApplied())
        .singleElement()
        .asString()
        .startsWith(
            "Some settings were not applied for VirtualMachineInstancePreset 'p': spec.cpu");
  }

  @Test
  void requestsAreFilledOnlyAsAWhole() {
    DomainSpec vmiDomain = requests("64M");
    vmiDomain.getResources().getRequests().clear();
    vmiDomain.getResources().getRequests().put("cpu", new Quantity("1"));

    PresetResult result = PresetApplier.apply(List.of(small("p", requests("64M"))), vmi(vmiDomain));

    assertThat(result.spec().getDomain().getResources().getRequests()).containsOnlyKeys("cpu");
    assertThat(result.annotations()).isEmpty();
    assertThat(result.notApplied())
        .containsExactly("Unable to apply VirtualMachineInstancePreset 'p'");
  }

  @Test
  void quantitiesCompareByAmount() {
    PresetResult result =
        PresetApplier.apply(List.of(small("p", requests("1Gi"))), vmi(requests("1024Mi")));

    assertThat(result.notApplied()).isEmpty();
    assertThat(result.annotations()).containsKey(ANNOTATION);
  }

  @Test
  void identicalPresetsDoNotConflictAndAreAllRecorded() {
    DomainSpec cpu = domain().setCpu(new CPU().setCores(4));
    List<VirtualMachineInstancePreset> presets =
        List.of(small("two", cpu), small("one", cpu), small("mem", requests("64M")));

    PresetResult result = PresetApplier.apply(presets, vmi(domain()));

    assertThat(result.rejected()).isFalse();
    assertThat(result.annotations().keySet())
        .containsExactly(
            "virtualmachinepreset.kubevirt.io/mem",
            "virtualmachinepreset.kubevirt.io/one",
            "virtualmachinepreset.kubevirt.io/two");
    assertThat(result.spec().getDomain().getCpu().getCores()).isEqualTo(4);
    assertThat(result.spec().getDomain().getResources().getRequests()).containsKey("memory");
  }

  @Test
  void excludedVmisGetNoPresetsEvenBrokenOnes() {
    VirtualMachineInstance vmi = vmi(domain());
    vmi.getMetadata()
        .setAnnotations(
            Map.of("virtualmachineinstancepresets.admission.kubevirt.io/exclude", "true"));
    List<VirtualMachineInstancePreset> presets =
        List.of(
            small("p", domain().setCpu(new CPU().setCores(4))),
            preset("broken", "flavor", "!", domain()));

    PresetResult result = PresetApplier.apply(presets, vmi);

    assertThat(result.spec().getDomain()).isEqualTo(domain());
    assertThat(result.annotations()).isEmpty();
  }

  @Test
  void exclusionNeedsTheValueTrue() {
    VirtualMachineInstance vmi = vmi(domain());
    vmi.getMetadata()
        .setAnnotations(
            Map.of("virtualmachineinstancepresets.admission.kubevirt.io/exclude", "yes"));

    PresetResult result =
        PresetApplier.apply(List.of(small("p", domain().setCpu(new CPU().setCores(4)))), vmi);

    assertThat(result.annotations()).containsKey(ANNOTATION);
  }

  @Test
  void nonMatchingOrEmptyPresetsChangeNothing() {
    PresetResult none =
        PresetApplier.apply(
            List.of(preset("p", "flavor", "large", domain().setCpu(new CPU().setCores(4)))),
            vmi(domain()));
    PresetResult empty = PresetApplier.apply(List.of(small("p", null)), vmi(domain()));

    assertThat(none.spec().getDomain()).isEqualTo(domain());
    assertThat(none.annotations()).isEmpty();
    assertThat(empty.annotations()).isEmpty();
    assertThat(empty.notApplied())
        .containsExactly("Unable to apply VirtualMachineInstancePreset 'p'");
  }

  @Test
  void machineIsNotAPresetField() {
    PresetResult result =
        PresetApplier.apply(
            List.of(small("p", domain().setMachine(new Machine().setType("q35")))), vmi(domain()));

    assertThat(result.spec().getDomain().getMachine()).isNull();
    assertThat(result.annotations()).isEmpty();
  }

  @Test
  void neverMutatesItsInputs() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<VirtualMachineInstancePreset> presets =
        List.of(small("p", domain().setCpu(new CPU().setCores(4))), small("q", requests("64M")));
    VirtualMachineInstance vmi = vmi(domain());
    String before = mapper.writeValueAsString(List.of(presets, vmi));

    PresetResult result = PresetApplier.apply(presets, vmi);
    result.spec().getDomain().getCpu().setCores(9);

    assertThat(mapper.writeValueAsString(List.of(presets, vmi))).isEqualTo(before);
  }
}
