package io.jvirt.controller.kubevirt.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtCondition;
import io.jvirt.api.v1.kubevirt.KubeVirtPhase;
import io.jvirt.api.v1.kubevirt.KubeVirtStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KubeVirt CR status as upstream reports it, from component readiness. */
class KubeVirtStatusDeciderTest {
  private static final Release RELEASE = new Release("0.1.0", "localhost/jvirt");
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private static final List<ComponentState> ALL_READY =
      List.of(
          new ComponentState("virt-api", true, 2, 2, 2),
          new ComponentState("virt-controller", true, 2, 2, 2),
          new ComponentState("virt-handler", true, 1, 1, 1));

  private static final List<ComponentState> HANDLER_MISSING =
      List.of(
          new ComponentState("virt-api", true, 2, 2, 2),
          new ComponentState("virt-controller", true, 2, 1, 2),
          ComponentState.missing("virt-handler"));

  @Test
  void newCrWithComponentsMissingIsDeployingAndNamesWhatIsMissing() {
    KubeVirtStatus status = KubeVirtStatusDecider.decide(kv(null), HANDLER_MISSING, RELEASE, T0);

    assertThat(status.getPhase()).isEqualTo(KubeVirtPhase.DEPLOYING);
    assertThat(condition(status, "Available").getStatus()).isEqualTo("False");
    assertThat(condition(status, "Available").getMessage())
        .isEqualTo("Deploying version 0.1.0 with registry localhost/jvirt");
    assertThat(condition(status, "Progressing").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Progressing").getMessage())
        .isEqualTo("virt-controller has 1/2 pods ready, virt-handler is missing");
    assertThat(status.getObservedGeneration()).isEqualTo(3L);
    assertThat(status.getObservedKubeVirtVersion()).isNull();
  }

  @Test
  void allComponentsReadyMakesItDeployedAndAvailable() {
    KubeVirtStatus status = KubeVirtStatusDecider.decide(kv(null), ALL_READY, RELEASE, T0);

    assertThat(status.getPhase()).isEqualTo(KubeVirtPhase.DEPLOYED);
    assertThat(condition(status, "Available").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Degraded").getStatus()).isEqualTo("False");
    assertThat(status.getObservedKubeVirtVersion()).isEqualTo("0.1.0");
    assertThat(status.getObservedKubeVirtRegistry()).isEqualTo("localhost/jvirt");
    assertThat(status.getOperatorVersion()).isEqualTo("0.1.0");
  }

  @Test
  void aSteadyStateWritesNothing() {
    KubeVirtStatus first = KubeVirtStatusDecider.decide(kv(null), ALL_READY, RELEASE, T0);
    KubeVirtStatus again = KubeVirtStatusDecider.decide(kv(first), ALL_READY, RELEASE, T1);

    assertThat(KubeVirtStatusDecider.differs(first, again)).isFalse();
  }

  @Test
  void aShortfallAfterDeployingIsDegradedButStaysDeployed() {
    KubeVirtStatus deployed = KubeVirtStatusDecider.decide(kv(null), ALL_READY, RELEASE, T0);
    KubeVirtStatus later = KubeVirtStatusDecider.decide(kv(deployed), HANDLER_MISSING, RELEASE, T1);

    assertThat(later.getPhase()).isEqualTo(KubeVirtPhase.DEPLOYED);
    assertThat(condition(later, "Available").getStatus()).isEqualTo("False");
    assertThat(condition(later, "Available").getLastTransitionTime()).isEqualTo(T1.toString());
    assertThat(condition(later, "Degraded").getStatus()).isEqualTo("True");
    assertThat(condition(later, "Degraded").getMessage()).contains("virt-handler is missing");
    assertThat(later.getObservedKubeVirtVersion()).isEqualTo("0.1.0");
  }

  @Test
  void aDaemonSetWithoutSchedulableNodesCountsAsReady() {
    assertThat(new ComponentState("virt-handler", true, 0, 0, 0).isReady()).isTrue();
    assertThat(ComponentState.missing("virt-handler").isReady()).isFalse();
  }

  @Test
  void aCrBeingDeletedIsDeleting() {
    KubeVirt kv = kv(null);
    kv.getMetadata().setDeletionTimestamp(T0.toString());

    KubeVirtStatus status = KubeVirtStatusDecider.decide(kv, ALL_READY, RELEASE, T1);

    assertThat(status.getPhase()).isEqualTo(KubeVirtPhase.DELETING);
    assertThat(condition(status, "Available").getStatus()).isEqualTo("False");
  }

  @Test
  void releaseComesFromTheImageReference() {
    assertThat(Release.fromImage("localhost/jvirt/virt-launcher:0.1.0"))
        .isEqualTo(new Release("0.1.0", "localhost/jvirt"));
    assertThat(Release.fromImage("registry.example:5000/virt/virt-launcher"))
        .isEqualTo(new Release("latest", "registry.example:5000/virt"));
  }

  private static KubeVirt kv(KubeVirtStatus status) {
    KubeVirt kv = new KubeVirt();
    kv.setMetadata(
        new ObjectMetaBuilder()
            .withName("kubevirt")
            .withNamespace("kubevirt")
            .withGeneration(3L)
            .build());
    kv.setStatus(status);
    return kv;
  }

  private static KubeVirtCondition condition(KubeVirtStatus status, String type) {
    return status.getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }
}
