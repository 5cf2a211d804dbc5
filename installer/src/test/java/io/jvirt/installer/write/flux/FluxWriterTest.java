package io.jvirt.installer.write.flux;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.RenderedYaml;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The Flux GitRepository and per-cluster Kustomization chains, as rendered. */
class FluxWriterTest {
  private static final GitRepo REPO =
      new GitRepo("https://git.example.org/fleet.git", "main", "platform/jvirt");
  private static final SortedMap<String, String> FILES =
      FluxWriter.files(
          Profile.BASIC_CDI, InstallSettings.defaults(), REPO, List.of("edge-1", "edge-2"));

  @Test
  void writesOneFolderPerCluster() {
    assertThat(FILES.keySet())
        .contains(
            "flux/source.yaml",
            "flux/clusters/edge-1/jvirt.yaml",
            "flux/clusters/edge-2/jvirt.yaml")
        .noneMatch(path -> path.contains("/default/"));
    assertThat(FluxWriter.files(Profile.BASIC, InstallSettings.defaults(), REPO, List.of()))
        .containsKey("flux/clusters/default/jvirt.yaml");
  }

  @Test
  void kustomizationsFormAChainNamedAfterTheUnits() {
    List<Map<String, Object>> chain =
        RenderedYaml.documents(FILES.get("flux/clusters/edge-1/jvirt.yaml"));
    assertThat(chain)
        .extracting(k -> RenderedYaml.at(k, "metadata", "name"))
        .containsExactly("kubevirt-operator", "kubevirt-cr", "cdi-operator", "cdi-cr");
    assertThat(chain)
        .extracting(k -> RenderedYaml.at(k, "spec", "dependsOn"))
        .containsExactly(
            null,
            List.of(Map.of("name", "kubevirt-operator")),
            List.of(Map.of("name", "kubevirt-cr")),
            List.of(Map.of("name", "cdi-operator")));
    for (Map<String, Object> k : chain) {
      assertThat(RenderedYaml.at(k, "metadata", "namespace")).isEqualTo("flux-system");
      assertThat(RenderedYaml.at(k, "metadata", "labels", "jvirt.io/cluster")).isEqualTo("edge-1");
      assertThat(RenderedYaml.at(k, "spec", "prune")).isEqualTo(true);
      assertThat(RenderedYaml.at(k, "spec", "wait")).isEqualTo(true);
      assertThat(RenderedYaml.at(k, "spec", "targetNamespace")).isNull();
      assertThat(RenderedYaml.at(k, "spec", "sourceRef"))
          .isEqualTo(Map.of("kind", "GitRepository", "name", "jvirt"));
      String path = (String) RenderedYaml.at(k, "spec", "path");
      assertThat(path).startsWith("./platform/jvirt/units/");
      assertThat(FILES)
          .containsKey(path.substring("./platform/jvirt/".length()) + "/manifests.yaml");
    }
  }

  @Test
  void onlyTheCrUnitsCarryCelHealthChecks() {
    List<Map<String, Object>> chain =
        RenderedYaml.documents(FILES.get("flux/clusters/edge-2/jvirt.yaml"));
    assertThat(chain)
        .extracting(k -> kinds(RenderedYaml.at(k, "spec", "healthCheckExprs")))
        .containsExactly(List.of(), List.of("KubeVirt"), List.of(), List.of("CDI"));
  }

  @Test
  void sourceFollowsTheBranchOrPinsACommit() {
    Map<String, Object> source = RenderedYaml.documents(FILES.get("flux/source.yaml")).get(0);
    assertThat(RenderedYaml.at(source, "metadata", "name")).isEqualTo("jvirt");
    assertThat(RenderedYaml.at(source, "metadata", "namespace")).isEqualTo("flux-system");
    assertThat(RenderedYaml.at(source, "spec", "url")).isEqualTo(REPO.url());
    assertThat(RenderedYaml.at(source, "spec", "ref")).isEqualTo(Map.of("branch", "main"));
    String commit = "0123456789abcdef0123456789abcdef01234567";
    assertThat(GitRepository.Ref.of(commit)).isEqualTo(new GitRepository.Ref(null, commit));
  }

  private static List<Object> kinds(Object exprs) {
    return exprs == null
        ? List.of()
        : ((List<?>) exprs)
            .stream().map(e -> ((Map<?, ?>) e).get("kind")).map(Object.class::cast).toList();
  }
}
