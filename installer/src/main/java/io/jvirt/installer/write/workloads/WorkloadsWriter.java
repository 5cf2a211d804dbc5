package io.jvirt.installer.write.workloads;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.write.GeneratedHeader;
import io.jvirt.installer.write.rafay.Artifact;
import io.jvirt.installer.write.rafay.Drift;
import io.jvirt.installer.write.rafay.Metadata;
import io.jvirt.installer.write.rafay.Placement;
import io.jvirt.installer.write.rafay.RafayNamespace;
import io.jvirt.installer.write.rafay.Workload;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The example VMs as GitOps workloads: the plain manifests once, and how Rafay, Argo CD and Flux
 * each deliver them after KubeVirt is deployed.
 */
public final class WorkloadsWriter {
  static final String HEADER = GeneratedHeader.of("VM workloads");

  private static final Map<String, String> KIND_PREFIXES =
      Map.of(
          "Namespace", "namespace",
          "VirtualMachine", "vm",
          "VirtualMachineInstance", "vmi",
          "VirtualMachineInstanceReplicaSet", "vmirs");

  private WorkloadsWriter() {}

  /** Relative path (under {@code repo}'s folder) to content, Rafay objects in {@code project}. */
  public static SortedMap<String, String> files(GitRepo repo, String project) {
    SortedMap<String, String> files = new TreeMap<>();
    List<HasMetadata> objects = ExampleWorkloads.objects();
    for (int i = 0; i < objects.size(); i++) {
      files.put(manifestPath(objects, i), HEADER + ManifestYaml.write(objects.get(i)));
    }
    rafay(files, objects, project);
    files.put("argocd/application.yaml", yaml(ArgoCdFiles.application(repo)));
    files.put("argocd/applicationset.yaml", yaml(ArgoCdFiles.applicationSet(repo)));
    files.put("flux/gitrepository.yaml", yaml(FluxFiles.gitRepository(repo)));
    files.put("flux/vms.kustomization.yaml", yaml(FluxFiles.vms(repo)));
    files.put(
        "flux/kustomization.yaml",
        yaml(KustomizeFile.of(List.of("gitrepository.yaml", "vms.kustomization.yaml"))));
    files.put("flux/vm-health-gate/vms-health.patch.yaml", yaml(FluxFiles.vmHealthGate()));
    files.put(
        "flux/vm-health-gate/kustomization.yaml",
        yaml(KustomizeFile.component(List.of(new KustomizeFile.Patch("vms-health.patch.yaml")))));
    files.put("README.md", WorkloadsReadme.root(repo));
    files.put("rafay/README.md", WorkloadsReadme.rafay(rafayWorkloadNames(objects), project));
    return files;
  }

  /** Name of the Rafay workload of {@code object} ({@code vm-testvm}). */
  static String workloadName(HasMetadata object) {
    return KIND_PREFIXES.get(object.getKind()) + "-" + object.getMetadata().getName();
  }

  private static String manifestPath(List<HasMetadata> objects, int index) {
    return "manifests/%02d-%s.yaml".formatted(index + 1, workloadName(objects.get(index)));
  }

  private static void rafay(
      SortedMap<String, String> files, List<HasMetadata> objects, String project) {
    files.put(
        "rafay/" + ExampleWorkloads.NAMESPACE + ".namespace.yaml",
        yaml(
            RafayNamespace.privileged(
                ExampleWorkloads.NAMESPACE, project, Placement.placeholder())));
    for (int i = 0; i < objects.size(); i++) {
      HasMetadata object = objects.get(i);
      if (object.getMetadata().getNamespace() == null) {
        continue;
      }
      Workload workload =
          new Workload(
              Metadata.of(workloadName(object), project),
              new Workload.Spec(
                  ExampleWorkloads.NAMESPACE,
                  "v1",
                  Placement.placeholder(),
                  Drift.notifyOnly(),
                  Artifact.uploadedYaml("../" + manifestPath(objects, i), null)));
      files.put("rafay/" + workloadName(object) + ".workload.yaml", yaml(workload));
    }
  }

  private static List<String> rafayWorkloadNames(List<HasMetadata> objects) {
    return objects.stream()
        .filter(o -> o.getMetadata().getNamespace() != null)
        .map(WorkloadsWriter::workloadName)
        .toList();
  }

  private static String yaml(Object object) {
    return HEADER + ManifestYaml.write(object);
  }
}
