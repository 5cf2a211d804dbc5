package io.jvirt.apiserver.admission.presets;

import static io.jvirt.apiserver.admission.presets.PresetFixtures.domain;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.small;
import static io.jvirt.apiserver.admission.presets.PresetFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Clock;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.FeatureState;
import io.jvirt.api.v1.domain.Features;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.domain.HPETTimer;
import io.jvirt.api.v1.domain.ResourceRequirements;
import io.jvirt.api.v1.domain.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fill, equal, override and conflict per preset field, as a table over {@link PresetApplier}. */
class PresetConflictTableTest {
  private static final String ANNOTATION = "virtualmachinepreset.kubevirt.io/p";

  /** A domain setting one field, to one of two distinct values. */
  private interface Field extends Function<Integer, DomainSpec> {}

  private static DomainSpec requests(String memory) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    requests.put("memory", new Quantity(memory));
    return domain().setResources(new ResourceRequirements().setRequests(requests));
  }

  private static DomainSpec watchdog(String name) {
    DomainSpec domain = domain();
    domain.getDevices().setUnmodelledField("watchdog", Map.of("name", name, "i6300esb", Map.of()));
    return domain;
  }

  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("spec.resources.requests[memory]", (Field) v -> requests(v * 64 + "M")),
        Arguments.of("spec.cpu", (Field) v -> domain().setCpu(new CPU().setCores(v))),
        Arguments.of(
            "spec.firmware",
            (Field) v -> domain().setFirmware(new Firmware().setUuid("uuid-" + v))),
        Arguments.of(
            "spec.clock.clockoffset",
            (Field)
                v -> domain().setClock(new Clock().setTimezone(v == 1 ? "UTC" : "Europe/Berlin"))),
        Arguments.of(
            "spec.clock.timer",
            (Field)
                v ->
                    domain()
                        .setClock(
                            new Clock()
                                .setTimer(
                                    new Timer()
                                        .setHpet(
                                            new HPETTimer()
                                                .setTickPolicy(v == 1 ? "delay" : "catchup"))))),
        Arguments.of(
            "spec.features",
            (Field)
                v ->
                    domain()
                        .setFeatures(
                            new Features().setAcpi(new FeatureState().setEnabled(v == 1)))),
        Arguments.of("spec.devices.watchdog", (Field) v -> watchdog("wd" + v)),
        Arguments.of(
            "spec.ioThreadsPolicy",
            (Field) v -> domain().setIoThreadsPolicy(v == 1 ? "shared" : "auto")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void fillsAnUnsetField(String path, Field field) {
    PresetResult result = PresetApplier.apply(List.of(small("p", field.apply(1))), vmi(domain()));

    assertThat(result.rejected()).isFalse();
    assertThat(result.spec().getDomain()).isEqualTo(field.apply(1));
    assertThat(result.annotations()).containsExactly(Map.entry(ANNOTATION, "kubevirt.io/v1"));
    assertThat(result.notApplied()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void anEqualValueCountsAsApplied(String path, Field field) {
    PresetResult result =
        PresetApplier.apply(List.of(small("p", field.apply(1))), vmi(field.apply(1)));

    assertThat(result.spec().getDomain()).isEqualTo(field.apply(1));
    assertThat(result.annotations()).containsKey(ANNOTATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void theVmiValueWinsOverAConflictingPreset(String path, Field field) {
    PresetResult result =
        PresetApplier.apply(List.of(small("p", field.apply(1))), vmi(field.apply(2)));

    assertThat(result.rejected()).isFalse();
    assertThat(result.spec().getDomain()).isEqualTo(field.apply(2));
    assertThat(result.annotations()).isEmpty();
    assertThat(result.notApplied())
        .singleElement()
        .asString()
        .startsWith("Unable to apply VirtualMachineInstancePreset 'p': " + path + ": ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void presetsSettingAFieldDifferentlyRejectTheVmi(String path, Field field) {
    List<VirtualMachineInstancePreset> presets =
        List.of(small("b", field.apply(2)), small("a", field.apply(1)));

    PresetResult result = PresetApplier.apply(presets, vmi(domain()));

    assertThat(result.rejected()).isTrue();
    assertThat(result.rejectionMessage())
        .startsWith(
            "VirtualMachinePresets cannot be applied due to conflicts: presets 'b' and 'a'"
                + " conflict: "
                + path
                + ": ");
    assertThat(result.spec().getDomain()).isEqualTo(domain());
    assertThat(result.annotations()).isEmpty();
  }
}
