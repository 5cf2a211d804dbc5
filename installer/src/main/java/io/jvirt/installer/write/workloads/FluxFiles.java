package io.jvirt.installer.write.workloads;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.installer.model.GitRepo;
import java.util.List;

/**
 * The Flux objects that apply {@code manifests/} once the KubeVirt CR is healthy, and an opt-in
 * overlay that also gates on the VMs.
 */
final class FluxFiles {
  static final String FLUX_NAMESPACE = "flux-system";

  /** The add-on level Kustomization that health-checks the KubeVirt CR (rendered elsewhere). */
  static final String KUBEVIRT_CR_KUSTOMIZATION = "kubevirt-cr";

  static final String SOURCE_NAME = "jvirt-workloads";
  static final String KUSTOMIZATION_NAME = "vms";

  private static final String VM_API_VERSION = "kubevirt.io/v1";

  /** Evaluated first, so the other expressions may assume a printable status. */
  private static final String VM_IN_PROGRESS = "!has(status.printableStatus)";

  /** Stopped on purpose (Halted, or {@code running: false}) counts as healthy; pain point P7. */
  private static final String VM_CURRENT =
      "status.printableStatus == 'Running' || (status.printableStatus == 'Stopped'"
          + " && ((has(spec.runStrategy) && spec.runStrategy == 'Halted')"
          + " || (has(spec.running) && !spec.running)))";

  private static final String VM_FAILED =
      "status.printableStatus in ['CrashLoopBackOff',"
          + " 'ErrorUnschedulable', 'ErrImagePull', 'ImagePullBackOff', 'ErrorPvcNotFound',"
          + " 'DataVolumeError']";

  private FluxFiles() {}

  /** The repository the Kustomization reads; a placeholder users point at their own. */
  static FluxGitRepository gitRepository(GitRepo repo) {
    return new FluxGitRepository(
        new Meta(SOURCE_NAME, FLUX_NAMESPACE),
        new FluxGitRepository.Spec("1m", repo.url(), new FluxGitRepository.Ref(repo.revision())));
  }

  /**
   * {@code vms}: applied after the KubeVirt CR is Ready, pruned, and not waiting for VMs to run:
   * gating on VMs is opt-in (P7).
   */
  static FluxKustomization vms(GitRepo repo) {
    return new FluxKustomization(
        new Meta(KUSTOMIZATION_NAME, FLUX_NAMESPACE),
        new FluxKustomization.Spec(
            "10m",
            "1m",
            "5m",
            List.of(new FluxKustomization.Dependency(KUBEVIRT_CR_KUSTOMIZATION)),
            new FluxKustomization.SourceRef("GitRepository", SOURCE_NAME),
            "./" + repo.under("manifests"),
            true,
            false,
            List.of(),
            List.of()));
  }

  /** The opt-in patch on {@code vms}: Ready only once every example VM is in its wanted state. */
  static FluxKustomization vmHealthGate() {
    List<FluxKustomization.ObjectRef> vms =
        ExampleWorkloads.objects().stream()
            .filter(VirtualMachine.class::isInstance)
            .map(
                o ->
                    new FluxKustomization.ObjectRef(
                        VM_API_VERSION,
                        o.getKind(),
                        o.getMetadata().getName(),
                        o.getMetadata().getNamespace()))
            .toList();
    return new FluxKustomization(
        new Meta(KUSTOMIZATION_NAME, FLUX_NAMESPACE),
        new FluxKustomization.Spec(
            null,
            null,
            "10m",
            List.of(),
            null,
            null,
            null,
            false,
            vms,
            List.of(
                new FluxKustomization.HealthCheckExpr(
                    VM_API_VERSION, "VirtualMachine", VM_IN_PROGRESS, VM_FAILED, VM_CURRENT))));
  }
}
