package io.jvirt.installer.write.workloads;

import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.write.flux.FluxWriter;
import io.jvirt.installer.write.flux.GitRepository;
import io.jvirt.installer.write.flux.Kustomization;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import java.util.List;

/**
 * The Flux objects that apply {@code manifests/} once the KubeVirt CR is healthy, and an opt-in
 * overlay that also gates on the VMs.
 */
final class FluxFiles {
  /** The add-on level Kustomization that health-checks the KubeVirt CR (rendered elsewhere). */
  static final String KUBEVIRT_CR_KUSTOMIZATION = Bundle.KUBEVIRT_CR;

  static final String SOURCE_NAME = "jvirt-workloads";
  static final String KUSTOMIZATION_NAME = "vms";

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
  static GitRepository gitRepository(GitRepo repo) {
    return new GitRepository(
        ObjectMetadata.of(SOURCE_NAME, FluxWriter.FLUX_NAMESPACE),
        new GitRepository.Spec("1m", repo.url(), GitRepository.Ref.of(repo.revision())));
  }

  /**
   * {@code vms}: applied after the KubeVirt CR is Ready, pruned, and not waiting for VMs to run:
   * gating on VMs is opt-in (P7).
   */
  static Kustomization vms(GitRepo repo) {
    return new Kustomization(
        ObjectMetadata.of(KUSTOMIZATION_NAME, FluxWriter.FLUX_NAMESPACE),
        new Kustomization.Spec(
            List.of(new Kustomization.Dependency(KUBEVIRT_CR_KUSTOMIZATION)),
            "10m",
            "1m",
            "5m",
            new Kustomization.SourceRef("GitRepository", SOURCE_NAME),
            "./" + repo.under("manifests"),
            true,
            false,
            List.of(),
            List.of()));
  }

  /**
   * The opt-in patch on {@code vms}: Ready only once every example VM is in its wanted state. It
   * sets only the fields it changes; {@code wait} stays false since Flux ignores healthChecks
   * otherwise.
   */
  static Kustomization vmHealthGate() {
    List<Kustomization.ObjectRef> vms =
        ExampleWorkloads.objects().stream()
            .filter(VirtualMachine.class::isInstance)
            .map(
                o ->
                    new Kustomization.ObjectRef(
                        KubevirtGroup.API_VERSION,
                        o.getKind(),
                        o.getMetadata().getName(),
                        o.getMetadata().getNamespace()))
            .toList();
    return new Kustomization(
        ObjectMetadata.of(KUSTOMIZATION_NAME, FluxWriter.FLUX_NAMESPACE),
        new Kustomization.Spec(
            List.of(),
            null,
            null,
            "10m",
            null,
            null,
            null,
            false,
            vms,
            List.of(
                new Kustomization.HealthCheckExpr(
                    KubevirtGroup.API_VERSION,
                    "VirtualMachine",
                    VM_IN_PROGRESS,
                    VM_FAILED,
                    VM_CURRENT))));
  }
}
