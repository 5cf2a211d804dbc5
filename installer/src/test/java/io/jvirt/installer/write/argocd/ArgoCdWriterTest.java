package io.jvirt.installer.write.argocd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.RenderedYaml;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The Argo CD Application, ApplicationSet and argocd-cm patch, as rendered. */
class ArgoCdWriterTest {
  private static final GitRepo REPO =
      new GitRepo("https://git.example.org/fleet.git", "release-1", "platform/jvirt");
  private static final SortedMap<String, String> FILES =
      ArgoCdWriter.files(Profile.BASIC_CDI, InstallSettings.defaults(), REPO);

  @Test
  void writesThePayloadAndTheArgoCdObjects() {
    assertThat(FILES)
        .containsKeys(
            "argocd/application.yaml",
            "argocd/applicationset.yaml",
            "argocd/argocd-cm-health.yaml",
            "units/01-kubevirt-operator/manifests.yaml",
            "units/04-cdi-cr/manifests.yaml");
  }

  @Test
  void applicationSyncsTheUnitsFolderToTheLocalCluster() {
    Map<String, Object> app = only("argocd/application.yaml");
    assertThat(app.get("kind")).isEqualTo("Application");
    assertThat(RenderedYaml.at(app, "spec", "source", "repoURL")).isEqualTo(REPO.url());
    assertThat(RenderedYaml.at(app, "spec", "source", "targetRevision")).isEqualTo("release-1");
    assertThat(RenderedYaml.at(app, "spec", "source", "path")).isEqualTo("platform/jvirt/units");
    assertThat(RenderedYaml.at(app, "spec", "source", "directory", "recurse")).isEqualTo(true);
    assertThat(RenderedYaml.at(app, "spec", "destination", "server"))
        .isEqualTo("https://kubernetes.default.svc");
    assertSyncPolicy(app);
  }

  @Test
  void applicationSetMakesOneApplicationPerLabelledCluster() {
    Map<String, Object> set = only("argocd/applicationset.yaml");
    assertThat(set.get("kind")).isEqualTo("ApplicationSet");
    assertThat(RenderedYaml.at(set, "spec", "goTemplate")).isEqualTo(true);
    // else the controller puts the resources finalizer on each generated Application, and
    // deleting the set (or unlabelling a cluster) deletes jvirt and every VM there
    assertThat(RenderedYaml.at(set, "spec", "syncPolicy", "preserveResourcesOnDeletion"))
        .isEqualTo(true);
    List<?> generators = (List<?>) RenderedYaml.at(set, "spec", "generators");
    @SuppressWarnings("unchecked")
    Map<String, Object> generator = (Map<String, Object>) generators.get(0);
    assertThat(RenderedYaml.at(generator, "clusters", "selector", "matchLabels"))
        .isEqualTo(Map.of(ArgoCdWriter.PROFILE_LABEL, "basic-cdi"));
    @SuppressWarnings("unchecked")
    Map<String, Object> template = (Map<String, Object>) RenderedYaml.at(set, "spec", "template");
    assertThat((String) RenderedYaml.at(template, "metadata", "name"))
        .contains("{{.nameNormalized}}");
    assertThat(RenderedYaml.at(template, "spec", "destination", "server")).isEqualTo("{{.server}}");
    assertSyncPolicy(template);
  }

  @Test
  void healthPatchOnlyAddsTheHealthKeysToArgocdCm() {
    Map<String, Object> cm = only("argocd/argocd-cm-health.yaml");
    assertThat(RenderedYaml.at(cm, "metadata", "name")).isEqualTo("argocd-cm");
    assertThat(RenderedYaml.at(cm, "metadata", "namespace")).isEqualTo("argocd");
    assertThat(((Map<?, ?>) cm.get("data")).keySet().stream().map(String::valueOf).toList())
        .containsExactlyInAnyOrder(
            "resource.customizations.health.kubevirt.io_KubeVirt",
            "resource.customizations.health.cdi.kubevirt.io_CDI",
            "resource.customizations.health.kubevirt.io_VirtualMachine",
            "resource.customizations.health.kubevirt.io_VirtualMachineInstance",
            "resource.customizations.health.cdi.kubevirt.io_DataVolume");
  }

  private static void assertSyncPolicy(Map<String, Object> app) {
    assertThat(RenderedYaml.at(app, "spec", "syncPolicy", "automated"))
        .isEqualTo(Map.of("prune", true, "selfHeal", true));
    assertThat(RenderedYaml.at(app, "spec", "syncPolicy", "syncOptions"))
        .isEqualTo(
            List.of(
                "ServerSideApply=true",
                "CreateNamespace=false",
                "RespectIgnoreDifferences=true",
                "FailOnSharedResource=true"));
    assertThat(RenderedYaml.at(app, "spec", "syncPolicy", "retry", "limit")).isEqualTo(10L);
    assertThat(RenderedYaml.at(app, "spec", "ignoreDifferences").toString())
        .contains(
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            ".webhooks[]?.clientConfig.caBundle",
            "/spec/caBundle");
  }

  private static Map<String, Object> only(String file) {
    List<Map<String, Object>> docs = RenderedYaml.documents(FILES.get(file));
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }
}
