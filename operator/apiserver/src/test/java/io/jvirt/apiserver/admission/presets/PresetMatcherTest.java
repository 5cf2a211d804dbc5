package io.jvirt.apiserver.admission.presets;

import static io.jvirt.apiserver.admission.presets.PresetFixtures.domain;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.preset;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.small;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which presets {@link PresetMatcher} picks for a VMI. */
class PresetMatcherTest {

  private static List<String> names(List<VirtualMachineInstancePreset> presets) {
    return presets.stream().map(p -> p.getMetadata().getName()).toList();
  }

  @Test
  void picksMatchingPresetsSortedByName() {
    List<VirtualMachineInstancePreset> presets =
        List.of(
            small("zeta", domain()),
            preset("unrelated", "flavor", "large", domain()),
            small("alpha", domain()));

    assertThat(names(PresetMatcher.matching(presets, vmi(domain()))))
        .containsExactly("alpha", "zeta");
  }

  @Test
  void aVmiWithoutLabelsMatchesOnlyEmptySelectors() {
    VirtualMachineInstance vmi = vmi(domain());
    vmi.getMetadata().setLabels(null);
    VirtualMachineInstancePreset everything = small("all", domain());
    everything.getSpec().getSelector().setMatchLabels(null);

    assertThat(names(PresetMatcher.matching(List.of(small("s", domain()), everything), vmi)))
        .containsExactly("all");
  }

  @Test
  void bogusSelectorsAreNotIgnored() {
    List<VirtualMachineInstancePreset> presets =
        List.of(small("ok", domain()), preset("broken", "flavor", "!", domain()));

    assertThatThrownBy(() -> PresetMatcher.matching(presets, vmi(domain())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken");
  }
}
