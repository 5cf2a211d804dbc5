package io.jvirt.controller.vmirs.decide;

import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.ready;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.replicaSet;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.running;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.vmi;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.withReady;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status, conditions and events {@link ReplicaSetDecider} plans. */
class ReplicaSetStatusTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00.123Z");

  private static ReplicaSetPlan decide(
      VirtualMachineInstanceReplicaSet rs, List<VirtualMachineInstance> owned) {
    return ReplicaSetDecider.decide(rs, owned, true, Optional.empty(), NOW);
  }

  @Test
  void pausedReplicaSetActsNotAndReportsPaused() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(3);
    rs.getSpec().setPaused(true);

    ReplicaSetPlan plan = decide(rs, List.of(vmi("f", VirtualMachineInstancePhase.FAILED)));

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.status().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("ReplicaPaused");
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("Paused");
              assertThat(c.getMessage()).isEqualTo("Controller got paused");
              assertThat(c.getLastTransitionTime()).isEqualTo("2024-05-01T10:00:00Z");
            });
    assertThat(plan.events())
        .containsExactly(new ReplicaSetEvent("Normal", "SuccessfulPaused", "Paused"));
  }

  @Test
  void pausedConditionCarriesForwardWithoutNewEvent() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(3);
    rs.getSpec().setPaused(true);
    rs.setStatus(decide(rs, List.of()).status());

    ReplicaSetPlan plan =
        ReplicaSetDecider.decide(rs, List.of(), true, Optional.empty(), NOW.plusSeconds(600));

    assertThat(plan.status().getConditions().get(0).getLastTransitionTime())
        .isEqualTo("2024-05-01T10:00:00Z");
    assertThat(plan.events()).isEmpty();
    assertThat(plan.statusDiffers(rs.getStatus())).isFalse();
  }

  @Test
  void resumingDropsThePausedConditionAndRecordsResumed() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.getSpec().setPaused(true);
    rs.setStatus(decide(rs, List.of()).status());
    rs.getSpec().setPaused(false);

    ReplicaSetPlan plan = decide(rs, List.of());

    assertThat(plan.vmisToCreate()).isEqualTo(1);
    assertThat(plan.status().getConditions()).isNull();
    assertThat(plan.events())
        .containsExactly(new ReplicaSetEvent("Normal", "SuccessfulResumed", "Resumed"));
  }

  @Test
  void countsReadyReplicasAmongActiveOnly() {
    VirtualMachineInstance finishedButReady =
        withReady(vmi("done", VirtualMachineInstancePhase.SUCCEEDED), "True", null);
    List<VirtualMachineInstance> owned =
        List.of(ready("a"), ready("b"), running("c"), finishedButReady);

    ReplicaSetPlan plan = decide(replicaSet(3), owned);

    assertThat(plan.status().getReplicas()).isEqualTo(3);
    assertThat(plan.status().getReadyReplicas()).isEqualTo(2);
  }

  @Test
  void scaleErrorAddsFailedCreateWhenVmisAreMissing() {
    ReplicaSetPlan plan =
        ReplicaSetDecider.decide(replicaSet(2), List.of(), true, Optional.of("quota"), NOW);

    Condition failure = plan.status().getConditions().get(0);
    assertThat(failure.getType()).isEqualTo("ReplicaFailure");
    assertThat(failure.getReason()).isEqualTo("FailedCreate");
    assertThat(failure.getMessage()).isEqualTo("quota");
    assertThat(failure.getStatus()).isEqualTo("True");
  }

  @Test
  void scaleErrorAddsFailedDeleteOtherwiseAndCarriesForwardUntilCleared() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(0);
    List<VirtualMachineInstance> owned = List.of(running("a"));
    rs.setStatus(ReplicaSetDecider.decide(rs, owned, true, Optional.of("forbidden"), NOW).status());
    assertThat(rs.getStatus().getConditions().get(0).getReason()).isEqualTo("FailedDelete");

    ReplicaSetPlan again =
        ReplicaSetDecider.decide(rs, owned, true, Optional.of("other"), NOW.plusSeconds(60));
    assertThat(again.status()).isEqualTo(rs.getStatus());
    assertThat(again.statusDiffers(rs.getStatus())).isFalse();

    ReplicaSetPlan cleared =
        ReplicaSetDecider.decide(rs, owned, true, Optional.empty(), NOW.plusSeconds(120));
    assertThat(cleared.status().getConditions()).isNull();
  }

  @Test
  void keepsUnrelatedConditions() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.setStatus(
        new VirtualMachineInstanceReplicaSetStatus()
            .setConditions(
                new ArrayList<>(List.of(new Condition().setType("Custom").setStatus("True")))));

    assertThat(decide(rs, List.of()).status().getConditions())
        .extracting(Condition::getType)
        .containsExactly("Custom");
  }

  @Test
  void printsSelectorsWithExpressionsCanonically() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(1);
    rs.getSpec()
        .getSelector()
        .setMatchExpressions(List.of(ReplicaSetFixtures.expression("tier", "In", "front", "back")));
    rs.getSpec().getTemplate().getMetadata().getLabels().put("tier", "front");

    assertThat(decide(rs, List.of()).status().getLabelSelector())
        .isEqualTo("app=web,tier in (back,front)");
  }

  @Test
  void steadyStateNeedsNoStatusUpdate() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(2);
    List<VirtualMachineInstance> owned = List.of(ready("a"), running("b"));
    rs.setStatus(decide(rs, owned).status());

    ReplicaSetPlan plan = decide(rs, owned);

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.statusDiffers(rs.getStatus())).isFalse();
  }
}
