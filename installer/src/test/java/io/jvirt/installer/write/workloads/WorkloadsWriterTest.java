package io.jvirt.installer.write.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.write.argocd.Application;
import io.jvirt.installer.write.argocd.ApplicationSet;
import io.jvirt.installer.write.flux.Kustomization;
import io.jvirt.installer.write.gitops.GitOpsAnnotations;
import io.jvirt.installer.write.gitops.RenderedYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the VM workload rendering promises beyond its golden files. */
class WorkloadsWriterTest {
  private static final Pattern FILE_REF = Pattern.compile("file://(\\S+)");
  private final SortedMap<String, String> files =
      WorkloadsWriter.files(GitRepo.example("workloads"), "p");

  @Test
  void eachRafayWorkloadUploadsOneVmManifest() {
    List<String> uploaded = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (!file.getKey().endsWith(".workload.yaml")) {
        continue;
      }
      Matcher ref = FILE_REF.matcher(file.getValue());
      while (ref.find()) {
        uploaded.add(Path.of(file.getKey()).resolveSibling(ref.group(1)).normalize().toString());
      }
      assertThat(file.getValue()).contains("action: Notify").doesNotContain("Deny");
    }
    assertThat(uploaded)
        .containsExactlyInAnyOrder(
            "manifests/02-vm-testvm.yaml",
            "manifests/03-vm-stopped-vm.yaml",
            "manifests/04-vmi-ephemeral-vmi.yaml",
            "manifests/05-vmirs-web.yaml");
    assertThat(files).containsKeys(uploaded.toArray(String[]::new));
  }

  @Test
  void namespaceComesFirstAndIsPrivileged() {
    assertThat(files.keySet().stream().filter(p -> p.startsWith("manifests/")).findFirst())
        .contains("manifests/01-namespace-vms.yaml");
    assertThat(files.get("manifests/01-namespace-vms.yaml"))
        .contains("pod-security.kubernetes.io/enforce: privileged");
    assertThat(files.get("rafay/vms.namespace.yaml"))
        .contains("pod-security.kubernetes.io/enforce: privileged");
  }

  @Test
  void neitherFluxNorArgoCdEverDeletesTheNamespaceOfTheVms() {
    assertThat(ExampleWorkloads.namespace().getMetadata().getAnnotations())
        .containsEntry(GitOpsAnnotations.FLUX_PRUNE, GitOpsAnnotations.FLUX_KEEP)
        .containsEntry(GitOpsAnnotations.ARGO_SYNC_OPTIONS, GitOpsAnnotations.ARGO_KEEP);
  }

  @Test
  void argoCdAppsRetryAndSkipTheDryRunOfMissingKinds() {
    for (Application.Spec spec :
        List.of(
            ArgoCdFiles.application(GitRepo.example("w")).spec(),
            ArgoCdFiles.applicationSet(GitRepo.example("w")).spec().template().spec())) {
      assertThat(spec.syncPolicy().syncOptions())
          .contains(
              "SkipDryRunOnMissingResource=true",
              "ServerSideApply=true",
              "RespectIgnoreDifferences=true",
              "CreateNamespace=true");
      assertThat(spec.syncPolicy().retry().limit()).isGreaterThanOrEqualTo(5);
      assertThat(spec.source().path()).isEqualTo("w/manifests");
    }
  }

  @Test
  void deletingTheApplicationSetLeavesTheVmsRunning() {
    assertThat(ArgoCdFiles.applicationSet(GitRepo.example("w")).spec().syncPolicy())
        .isEqualTo(ApplicationSet.SyncPolicy.PRESERVE);
  }

  @Test
  void fluxWaitsForTheKubeVirtCrButNotForVms() {
    Kustomization.Spec vms = FluxFiles.vms(GitRepo.example("w")).spec();
    assertThat(vms.dependsOn())
        .extracting(Kustomization.Dependency::name)
        .containsExactly("kubevirt-cr");
    assertThat(vms.prune()).isTrue();
    assertThat(vms.waitForAll()).isFalse();
    assertThat(vms.healthCheckExprs()).isEmpty();
    assertThat(FluxFiles.vmHealthGate().spec().healthCheckExprs()).hasSize(1);
  }

  @Test
  void theHealthGatePatchSetsOnlyWhatItChanges() {
    Map<String, Object> patch =
        RenderedYaml.documents(files.get("flux/vm-health-gate/vms-health.patch.yaml")).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) patch.get("spec");
    assertThat(spec.keySet())
        .containsExactly("timeout", "wait", "healthChecks", "healthCheckExprs");
    assertThat(spec.get("wait")).isEqualTo(false);
    assertThat(RenderedYaml.at(patch, "metadata", "name"))
        .isEqualTo(FluxFiles.vms(GitRepo.example("w")).metadata().name());
  }
}
