package io.jvirt.installer.write.rafay;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.model.RafayDelivery;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the Rafay rendering promises beyond its golden files. */
class RafayWriterTest {
  private static final Pattern FILE_REF = Pattern.compile("file://(\\S+)");
  private static final InstallSettings SETTINGS = InstallSettings.defaults();

  @ParameterizedTest
  @EnumSource(Profile.class)
  void everyUploadedFileIsRendered(Profile profile) {
    SortedMap<String, String> files = RafayWriter.files(profile, SETTINGS, "p");
    int references = 0;
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (!file.getKey().endsWith(".yaml")) {
        continue;
      }
      Matcher ref = FILE_REF.matcher(file.getValue());
      while (ref.find()) {
        Path target = Path.of(file.getKey()).resolveSibling(ref.group(1)).normalize();
        assertThat(files).containsKey(target.toString());
        references++;
      }
    }
    assertThat(references).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void blueprintChainsTheAddonsAndKeepsRafaysKubeVirtOff(Profile profile) {
    List<DeployUnit> units =
        Bundle.rafayUnits(profile, SETTINGS).stream()
            .filter(u -> u.rafay() == RafayDelivery.ADDON)
            .toList();
    Blueprint blueprint = RafayWriter.blueprint(profile, units, "p", "v1");

    List<Blueprint.CustomAddon> addons = blueprint.spec().customAddons();
    assertThat(addons)
        .extracting(Blueprint.CustomAddon::name)
        .containsExactlyElementsOf(units.stream().map(DeployUnit::name).toList());
    assertThat(addons.get(0).dependsOn()).isEmpty();
    for (int i = 1; i < addons.size(); i++) {
      assertThat(addons.get(i).dependsOn()).containsExactly(addons.get(i - 1).name());
    }
    assertThat(blueprint.spec().defaultAddons().enableVM()).isFalse();
    assertThat(blueprint.spec().drift().action()).isEqualTo("Notify");
    assertThat(blueprint.spec().base().name()).isEqualTo("minimal");
  }

  @Test
  void basicDeliversCdiAsWorkloadsAndBasicCdiAsAddons() {
    assertThat(RafayWriter.files(Profile.BASIC, SETTINGS, "p"))
        .containsKeys(
            "workloads/cdi-operator.workload.yaml",
            "workloads/cdi-cr.workload.yaml",
            "blueprints/kubevirt-basic.blueprint.yaml")
        .doesNotContainKey("addons/cdi-operator.addon.yaml");
    assertThat(RafayWriter.files(Profile.BASIC_CDI, SETTINGS, "p"))
        .containsKeys("addons/cdi-operator.addon.yaml", "addons/cdi-cr.addon.yaml")
        .doesNotContainKey("workloads/cdi-operator.workload.yaml");
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void eachUnitBecomesAnAddonOrAWorkloadAsTheModelSays(Profile profile) {
    SortedMap<String, String> files = RafayWriter.files(profile, SETTINGS, "p");
    for (DeployUnit unit : Bundle.rafayUnits(profile, SETTINGS)) {
      String addon = "addons/" + unit.name() + ".addon.yaml";
      String workload = "workloads/" + unit.name() + ".workload.yaml";
      if (unit.rafay() == RafayDelivery.ADDON) {
        assertThat(files).containsKey(addon).doesNotContainKey(workload);
      } else {
        assertThat(files).containsKey(workload).doesNotContainKey(addon);
      }
    }
  }

  @Test
  void eachWorkloadSaysWhatToPublishItAfter() {
    List<DeployUnit> chain =
        List.of(
            new DeployUnit("a", List.of(), RafayDelivery.WORKLOAD),
            new DeployUnit("b", List.of(), RafayDelivery.WORKLOAD),
            new DeployUnit("c", List.of(), RafayDelivery.WORKLOAD));
    assertThat(RafayWriter.publishAfter(chain, 0))
        .isEqualTo("Publish after the blueprint sync; b follows.");
    assertThat(RafayWriter.publishAfter(chain, 2)).isEqualTo("Publish after workload b is Ready.");
    assertThat(RafayWriter.publishAfter(chain.subList(0, 1), 0))
        .isEqualTo("Publish after the blueprint sync.");
  }

  @Test
  void addonsGoToTheInstallNamespaceInTheProject() {
    SortedMap<String, String> files =
        RafayWriter.files(Profile.BASIC, SETTINGS.inNamespace("virt"), "team-a");
    assertThat(files.get("addons/kubevirt-cr.addon.yaml"))
        .contains("project: team-a", "namespace: virt", "versionState: active");
    assertThat(files).containsKey("namespaces/virt.namespace.yaml");
  }

  @Test
  void versionIsTheTagWithAVPrefix() {
    assertThat(RafayWriter.version(SETTINGS)).isEqualTo("v0.1.0");
    InstallSettings tagged = new InstallSettings("kubevirt", "r", "v2.0.0", false, List.of());
    assertThat(RafayWriter.version(tagged)).isEqualTo("v2.0.0");
  }

  @Test
  void largePayloadsGetMoreTimeAndNeverForce() {
    Artifact.Options large =
        RafayWriter.options("x".repeat(RafayWriter.CLIENT_SIDE_APPLY_LIMIT + 1));
    Artifact.Options small = RafayWriter.options("x");
    assertThat(large.timeout()).isEqualTo("10m0s");
    assertThat(small.timeout()).isEqualTo("5m0s");
    assertThat(large.force()).isFalse();
    assertThat(small.force()).isFalse();
  }
}
