package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KubeVirt CR's deletion guard. */
class KubeVirtDeletionRulesTest {

  @Test
  void theBlockingStrategyRefusesWhileWorkloadsExistNamingThem() {
    Verdict verdict =
        KubeVirtDeletionRules.validate(kv("BlockUninstallIfWorkloadsExist"), counts(2, 0));

    assertThat(verdict.isAllowed()).isFalse();
    assertThat(verdict.errors())
        .containsExactly(
            new FieldError(
                "spec.uninstallStrategy",
                "BlockUninstallIfWorkloadsExist: there are still 2 VirtualMachines, 1 DataVolumes"
                    + " in the cluster; delete them first"));
  }

  @Test
  void withoutWorkloadsOrWithoutTheStrategyDeletionIsAllowed() {
    assertThat(
            KubeVirtDeletionRules.validate(kv("BlockUninstallIfWorkloadsExist"), counts(0, 0))
                .isAllowed())
        .isTrue();
    assertThat(KubeVirtDeletionRules.validate(kv("RemoveWorkloads"), counts(3, 3)).isAllowed())
        .isTrue();
    assertThat(KubeVirtDeletionRules.validate(kv(null), counts(3, 3)).isAllowed()).isTrue();
    assertThat(KubeVirtDeletionRules.validate(null, counts(3, 3)).isAllowed()).isTrue();
  }

  private static KubeVirt kv(String strategy) {
    KubeVirt kv = new KubeVirt();
    KubeVirtSpec spec = new KubeVirtSpec();
    spec.setUninstallStrategy(strategy);
    kv.setSpec(spec);
    return kv;
  }

  private static Map<String, Long> counts(long vms, long vmis) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("VirtualMachines", vms);
    counts.put("VirtualMachineInstances", vmis);
    counts.put("DataVolumes", vms > 0 ? 1L : 0L);
    return counts;
  }
}
