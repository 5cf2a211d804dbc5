package io.jvirt.controller.vmirs.decide;

import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.deleting;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.manyFailed;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.manyRunning;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.replicaSet;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.running;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.selector;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.terminatingPod;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scaling and cleanup decisions of {@link ReplicaSetDecider}. */
class ReplicaSetDeciderTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00.123Z");

  private static ReplicaSetPlan decide(
      VirtualMachineInstanceReplicaSet rs, List<VirtualMachineInstance> owned) {
    return ReplicaSetDecider.decide(rs, owned, true, Optional.empty(), NOW);
  }

  private static List<String> names(List<VirtualMachineInstance> vmis) {
    return vmis.stream().map(v -> v.getMetadata().getName()).toList();
  }

  @Test
  void scalesUpFromZeroToThree() {
    ReplicaSetPlan plan = decide(replicaSet(3), List.of());

    assertThat(plan.vmisToCreate()).isEqualTo(3);
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.status().getReplicas()).isZero();
    assertThat(plan.status().getReadyReplicas()).isZero();
    assertThat(plan.status().getLabelSelector()).isEqualTo("app=web");
    assertThat(plan.status().getConditions()).isNull();
    assertThat(plan.events()).isEmpty();
  }

  @Test
  void unsetReplicasMeansOne() {
    assertThat(decide(replicaSet(null), List.of()).vmisToCreate()).isEqualTo(1);
    assertThat(decide(replicaSet(null), List.of(running("a"))).vmisToCreate()).isZero();
  }

  @Test
  void scalesDownFromThreeToOneDeletingTheFirstInCacheOrder() {
    ReplicaSetPlan plan = decide(replicaSet(1), List.of(running("a"), running("b"), running("c")));

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(names(plan.toDelete())).containsExactly("a", "b");
    assertThat(plan.status().getReplicas()).isEqualTo(3);
  }

  @Test
  void replacesFinishedVmis() {
    List<VirtualMachineInstance> owned =
        List.of(
            running("a"),
            vmi("b", VirtualMachineInstancePhase.SUCCEEDED),
            vmi("c", VirtualMachineInstancePhase.FAILED));

    ReplicaSetPlan plan = decide(replicaSet(3), owned);

    assertThat(plan.vmisToCreate()).isEqualTo(2);
    assertThat(names(plan.toDelete())).containsExactly("b", "c");
    assertThat(plan.status().getReplicas()).isEqualTo(1);
  }

  @Test
  void deletesSurplusFirstThenFinishedThenUnknown() {
    List<VirtualMachineInstance> owned =
        List.of(
            running("a"),
            terminatingPod("u"),
            running("b"),
            vmi("f", VirtualMachineInstancePhase.FAILED));

    ReplicaSetPlan plan = decide(replicaSet(1), owned);

    assertThat(names(plan.toDelete())).containsExactly("a", "f", "u");
    assertThat(plan.status().getReplicas()).isEqualTo(2);
  }

  @Test
  void ignoresVmisBeingDeleted() {
    ReplicaSetPlan plan = decide(replicaSet(2), List.of(running("a"), deleting("gone")));

    assertThat(plan.vmisToCreate()).isEqualTo(1);
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.status().getReplicas()).isEqualTo(1);
  }

  @Test
  void waitsWhileExpectationsArePending() {
    ReplicaSetPlan plan =
        ReplicaSetDecider.decide(
            replicaSet(3),
            List.of(vmi("f", VirtualMachineInstancePhase.FAILED)),
            false,
            Optional.empty(),
            NOW);

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.status().getReplicas()).isZero();
  }

  @Test
  void doesNothingWhileTheReplicaSetIsDeleted() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(3);
    rs.getMetadata().setDeletionTimestamp("2024-05-01T09:00:00Z");

    ReplicaSetPlan plan = decide(rs, List.of(vmi("f", VirtualMachineInstancePhase.FAILED)));

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.toDelete()).isEmpty();
  }

  @Test
  void burstLimitCapsCreatesPerRound() {
    assertThat(decide(replicaSet(300), List.of()).vmisToCreate()).isEqualTo(250);
    assertThat(
            ReplicaSetDecider.decide(replicaSet(10), List.of(), true, Optional.empty(), NOW, 4)
                .vmisToCreate())
        .isEqualTo(4);
  }

  @Test
  void burstLimitCapsSurplusAndFinishedDeletesSeparately() {
    List<VirtualMachineInstance> owned = new ArrayList<>(manyRunning("r", 300));
    owned.addAll(manyFailed("f", 300));

    ReplicaSetPlan plan = decide(replicaSet(0), owned);

    assertThat(plan.toDelete()).hasSize(500);
    assertThat(names(plan.toDelete().subList(0, 250))).allMatch(n -> n.startsWith("r"));
    assertThat(names(plan.toDelete().subList(250, 500))).allMatch(n -> n.startsWith("f"));
  }

  @Test
  void ignoresReplicaSetWhoseSelectorMissesTheTemplateLabels() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(3);
    rs.getSpec().setSelector(selector(Map.of("app", "db")));
    rs.setStatus(new VirtualMachineInstanceReplicaSetStatus().setReplicas(7));

    ReplicaSetPlan plan = decide(rs, List.of(vmi("f", VirtualMachineInstancePhase.FAILED)));

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.toDelete()).isEmpty();
    assertThat(plan.events()).isEmpty();
    assertThat(plan.statusDiffers(rs.getStatus())).isFalse();
  }

  @Test
  void ignoresReplicaSetWithoutTemplateLabels() {
    VirtualMachineInstanceReplicaSet rs = replicaSet(3);
    rs.getSpec().getTemplate().getMetadata().setLabels(null);
    rs.getSpec().setSelector(selector(Map.of()));

    ReplicaSetPlan plan = decide(rs, List.of());

    assertThat(plan.vmisToCreate()).isZero();
    assertThat(plan.status()).isNull();
  }

  @Test
  void neverMutatesItsInputs() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    VirtualMachineInstanceReplicaSet rs = replicaSet(0);
    rs.getSpec().setPaused(false);
    rs.setStatus(
        new VirtualMachineInstanceReplicaSetStatus()
            .setConditions(
                new ArrayList<>(
                    List.of(new Condition().setType("ReplicaPaused").setStatus("True")))));
    List<VirtualMachineInstance> owned =
        List.of(running("a"), vmi("f", VirtualMachineInstancePhase.FAILED));
    String rsBefore = mapper.writeValueAsString(rs);
    String ownedBefore = mapper.writeValueAsString(owned);

    ReplicaSetPlan plan = ReplicaSetDecider.decide(rs, owned, true, Optional.of("boom"), NOW);
    plan.status().getConditions().get(0).setMessage("changed");

    assertThat(mapper.writeValueAsString(rs)).isEqualTo(rsBefore);
    assertThat(mapper.writeValueAsString(owned)).isEqualTo(ownedBefore);
  }
}
