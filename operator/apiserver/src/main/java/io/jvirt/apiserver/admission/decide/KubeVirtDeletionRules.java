package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.KubeVirt;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether the KubeVirt CR may be deleted: with {@code uninstallStrategy:
 * BlockUninstallIfWorkloadsExist} not while VMs, VMIs or DataVolumes exist (deleting the CR removes
 * jvirt, and then the CRDs would take every VM with them).
 */
public final class KubeVirtDeletionRules {
  /** The strategy that makes deletion wait for the workloads to go. */
  public static final String BLOCK = "BlockUninstallIfWorkloadsExist";

  private KubeVirtDeletionRules() {}

  /** {@code workloads}: kind (plural, as users read it) to how many exist, in report order. */
  public static Verdict validate(KubeVirt kv, Map<String, Long> workloads) {
    if (kv == null || kv.getSpec() == null || !BLOCK.equals(kv.getSpec().getUninstallStrategy())) {
      return Verdict.allowed();
    }
    String present =
        workloads.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    if (present.isEmpty()) {
      return Verdict.allowed();
    }
    return new Verdict(
        List.of(
            new FieldError(
                "spec.uninstallStrategy",
                BLOCK + ": there are still " + present + " in the cluster; delete them first")),
        List.of());
  }
}
