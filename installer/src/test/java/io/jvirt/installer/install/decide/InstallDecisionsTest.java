package io.jvirt.installer.install.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtCondition;
import io.jvirt.api.v1.kubevirt.KubeVirtPhase;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The installer's pure judgements: versions, image problems, readiness, counts, the summary. */
class InstallDecisionsTest {

  @Test
  void oldOrUnreadableKubernetesVersionsAreRefusedInOneLine() {
    assertThat(VersionSupport.refusal("1", "33", "v1.33.13")).isEmpty();
    assertThat(VersionSupport.refusal("1", "27+", "v1.27.3-eks")).isEmpty();
    assertThat(VersionSupport.refusal("1", "26", "v1.26.9"))
        .contains("unsupported Kubernetes version v1.26.9: jvirt needs 1.27 or newer");
    assertThat(VersionSupport.refusal("2", "", "v2.0.0")).get().asString().contains("cannot read");
  }

  @Test
  void aPodWaitingForAnImageNamesTheImageAndTheNode() {
    Pod pod =
        new PodBuilder()
            .withNewSpec()
            .withNodeName("edge-1")
            .endSpec()
            .withNewStatus()
            .withContainerStatuses(
                new ContainerStatusBuilder()
                    .withImage("localhost/jvirt/jvirt-operator:0.1.0")
                    .withNewState()
                    .withNewWaiting()
                    .withReason("ErrImageNeverPull")
                    .endWaiting()
                    .endState()
                    .build())
            .endStatus()
            .build();

    assertThat(ImageProblems.of(List.of(new Pod(), pod)))
        .get()
        .asString()
        .startsWith("image not present: localhost/jvirt/jvirt-operator:0.1.0 on node edge-1");
    assertThat(ImageProblems.of(List.of(new Pod()))).isEmpty();
  }

  @Test
  void availableMeansDeployedWithAvailableTrueForTheCurrentGeneration() {
    KubeVirt kv = kubeVirt(KubeVirtPhase.DEPLOYED, "True", 2L, 2L);
    assertThat(Readiness.available(kv)).isTrue();
    assertThat(Readiness.available(kubeVirt(KubeVirtPhase.DEPLOYED, "True", 3L, 2L))).isFalse();
    assertThat(Readiness.available(kubeVirt(KubeVirtPhase.DEPLOYING, "False", 2L, 2L))).isFalse();
    assertThat(Readiness.available(null)).isFalse();
    assertThat(Readiness.describe(new KubeVirt()))
        .isEqualTo("waiting for virt-controller to report");
  }

  @Test
  void countsTellCreatedUpdatedAndUnchangedApart() {
    ApplyCounts counts = ApplyCounts.NONE.count(null, "1").count("5", "6").count("7", "7");

    assertThat(counts).hasToString("1 created, 1 updated, 1 unchanged");
  }

  @Test
  void aPlannedObjectEqualToTheLiveOneIsUnchangedWhateverItsBookkeeping() {
    HasMetadata live =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("c")
            .withResourceVersion("9")
            .endMetadata()
            .addToData("a", "1")
            .build();
    ConfigMap same =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("c")
            .withResourceVersion("10")
            .endMetadata()
            .addToData("a", "1")
            .build();
    HasMetadata other = new ConfigMapBuilder(same).addToData("a", "2").build();

    assertThat(Changes.same(live, same)).isTrue();
    assertThat(Changes.same(live, other)).isFalse();
  }

  @Test
  void theSummaryHasARowPerClusterAndCountsFailures() {
    String table =
        SummaryTable.render(
            List.of(
                new SummaryTable.Row("edge-1", true, "v1.33.1", Duration.ofMillis(3200), "ok then"),
                new SummaryTable.Row("gone", false, "?", Duration.ZERO, "unreachable: x")));

    assertThat(table)
        .contains("CLUSTER  RESULT  KUBERNETES  TIME  DETAIL")
        .contains("edge-1   ok      v1.33.1     3.2s  ok then")
        .contains("gone     FAILED  ?           0.0s  unreachable: x")
        .endsWith("1 of 2 clusters succeeded, 1 failed\n");
  }

  private static KubeVirt kubeVirt(KubeVirtPhase phase, String available, long gen, long seen) {
    KubeVirt kv = new KubeVirt();
    kv.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withGeneration(gen).build());
    KubeVirtStatus status = new KubeVirtStatus();
    status.setPhase(phase);
    status.setObservedGeneration(seen);
    KubeVirtCondition condition = new KubeVirtCondition();
    condition.setType("Available");
    condition.setStatus(available);
    status.setConditions(List.of(condition));
    kv.setStatus(status);
    return kv;
  }
}
