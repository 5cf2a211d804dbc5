package io.jvirt.installer.write.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The charts are the model: {@code helm template} yields what {@code Bundle.units} renders, with
 * the default values and with others, and every chart lints and packages.
 */
class HelmChartsTemplateTest {
  private static final List<InstallSettings> OTHER_SETTINGS =
      List.of(
          new InstallSettings(
              "virt-system",
              "registry.example/jvirt",
              "9.9.9",
              true,
              List.of("Snapshot", "HotplugVolumes")),
          new InstallSettings("virt-system", "registry.example/jvirt", "9.9.9", true, List.of()),
          new InstallSettings("kubevirt", "localhost/jvirt", "0.1.0", false, List.of("Snapshot")),
          new InstallSettings("kubevirt", "quay.io/x", "1.10", false, List.of()));

  @TempDir static Path charts;

  @BeforeAll
  static void writeCharts() throws IOException {
    SortedMap<String, String> files =
        HelmChartWriter.files(Profile.BASIC_CDI, InstallSettings.defaults());
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = charts.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
  }

  static Stream<String> units() {
    return Bundle.units(Profile.BASIC_CDI, InstallSettings.defaults()).stream()
        .map(DeployUnit::name);
  }

  static Stream<Arguments> unitsWithOtherSettings() {
    return units().flatMap(unit -> OTHER_SETTINGS.stream().map(s -> Arguments.of(unit, s)));
  }

  @ParameterizedTest
  @MethodSource("units")
  void defaultValuesTemplateThePlainYaml(String unit) {
    String rendered = new Helm(charts.resolve(unit)).template().withName(unit).call();
    RenderedObjects.assertSame(rendered, plainYaml(unit, InstallSettings.defaults()));
  }

  @ParameterizedTest
  @MethodSource("unitsWithOtherSettings")
  void otherValuesTemplateTheModelRenderedWithThem(
      String unit, InstallSettings settings, @TempDir Path scratch) throws IOException {
    Path values = scratch.resolve("values.yaml");
    Files.writeString(values, new Yaml().dump(values(settings)));
    String rendered =
        new Helm(charts.resolve(unit))
            .template()
            .withName(unit)
            .withNamespace("default")
            .withValuesFile(values)
            .call();
    RenderedObjects.assertSame(rendered, plainYaml(unit, settings));
  }

  @ParameterizedTest
  @MethodSource("units")
  void everyChartLints(String unit) {
    LintResult result = new Helm(charts.resolve(unit)).lint().strict().call();
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
  }

  @ParameterizedTest
  @MethodSource("units")
  void everyChartPackages(String unit, @TempDir Path destination) {
    new Helm(charts.resolve(unit)).packageIt().withDestination(destination).call();
    assertThat(destination.resolve(unit + "-" + InstallSettings.defaults().tag() + ".tgz"))
        .isRegularFile();
  }

  @Test
  void theKubevirtChartsAreTheSameInEveryProfile() {
    SortedMap<String, String> all =
        HelmChartWriter.files(Profile.BASIC_CDI, InstallSettings.defaults());
    assertThat(all)
        .containsAllEntriesOf(HelmChartWriter.files(Profile.BASIC, InstallSettings.defaults()));
  }

  private static String plainYaml(String unit, InstallSettings settings) {
    return Bundle.units(Profile.BASIC_CDI, settings).stream()
        .filter(u -> u.name().equals(unit))
        .map(u -> ManifestYaml.writeAll(u.objects()))
        .findFirst()
        .orElseThrow();
  }

  /** {@code settings} as a values file sets them, written here independently of the chart. */
  private static Map<String, Object> values(InstallSettings settings) {
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("registry", settings.registry());
    image.put("tag", settings.tag());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("namespace", settings.namespace());
    values.put("image", image);
    values.put("emulation", settings.emulation());
    values.put("featureGates", settings.featureGates());
    return values;
  }
}
