package io.jvirt.installer.write.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared payload: unit folders, sync waves and never-prune marks (P10). */
class GitOpsPayloadTest {
  private static final List<Map<String, Object>> BASIC_CDI = objects(Profile.BASIC_CDI);

  @Test
  void unitsAreNumberedFoldersInApplyOrder() {
    assertThat(GitOpsPayload.units(Profile.BASIC_CDI, InstallSettings.defaults()))
        .extracting(PayloadUnit::file)
        .containsExactly(
            "units/01-kubevirt-operator/manifests.yaml",
            "units/02-kubevirt-cr/manifests.yaml",
            "units/03-cdi-operator/manifests.yaml",
            "units/04-cdi-cr/manifests.yaml");
  }

  @Test
  void wavesPutNamespacesFirstThenOneWavePerUnit() {
    assertThat(wave("Namespace", "kubevirt")).isEqualTo("-2");
    assertThat(wave("CustomResourceDefinition", "kubevirts.kubevirt.io")).isEqualTo("-1");
    assertThat(wave("Deployment", "virt-api")).isEqualTo("-1");
    assertThat(wave("KubeVirt", "kubevirt")).isEqualTo("0");
    assertThat(wave("CustomResourceDefinition", "datavolumes.cdi.kubevirt.io")).isEqualTo("1");
    assertThat(wave("CDI", "cdi")).isEqualTo("2");
  }

  @Test
  void crdsCrsAndNamespacesAreNeverPrunedNorDeleted() {
    List<String> kept = new ArrayList<>();
    for (Map<String, Object> object : BASIC_CDI) {
      Map<?, ?> annotations = (Map<?, ?>) RenderedYaml.at(object, "metadata", "annotations");
      boolean argoKeeps =
          GitOpsAnnotations.ARGO_KEEP.equals(annotations.get(GitOpsAnnotations.ARGO_SYNC_OPTIONS));
      boolean fluxKeeps =
          GitOpsAnnotations.FLUX_KEEP.equals(annotations.get(GitOpsAnnotations.FLUX_PRUNE));
      assertThat(argoKeeps).as("both tools agree on %s", object.get("kind")).isEqualTo(fluxKeeps);
      if (argoKeeps) {
        kept.add((String) object.get("kind"));
      }
    }
    assertThat(kept)
        .contains("Namespace", "CustomResourceDefinition", "KubeVirt", "CDI")
        .doesNotContain("Deployment", "DaemonSet", "ClusterRole", "MutatingWebhookConfiguration");
  }

  private static String wave(String kind, String name) {
    return BASIC_CDI.stream()
        .filter(o -> kind.equals(o.get("kind")))
        .filter(o -> name.equals(RenderedYaml.at(o, "metadata", "name")))
        .map(
            o ->
                (String)
                    RenderedYaml.at(o, "metadata", "annotations", GitOpsAnnotations.ARGO_SYNC_WAVE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
  }

  private static List<Map<String, Object>> objects(Profile profile) {
    List<Map<String, Object>> all = new ArrayList<>();
    GitOpsPayload.files(profile, InstallSettings.defaults())
        .values()
        .forEach(content -> all.addAll(RenderedYaml.documents(content)));
    return all;
  }
}
