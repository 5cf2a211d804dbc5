package io.jvirt.controller.vmirs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.controller.expectations.Expectations;
import io.jvirt.controller.vmirs.decide.ReplicaSetFixtures;
import io.jvirt.testing.ManualClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One replica set sync against a fake act layer: claims, expectations, scaling, errors. */
class ReplicaSetSyncTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  private final FakeReplicaSetActions actions = new FakeReplicaSetActions();
  private final ReplicaSetSync sync = new ReplicaSetSync(actions, new Expectations(clock), clock);

  @Test
  void scalesUpOnceWhileTheInformerHasNotShownTheNewVmis() {
    VirtualMachineInstanceReplicaSet rs = ReplicaSetFixtures.replicaSet(3);

    sync.sync(rs, List.of());
    sync.sync(rs, List.of());
    assertThat(actions.created).hasSize(3);

    sync.sync(rs, List.copyOf(actions.created));
    assertThat(actions.created).hasSize(3);
    assertThat(actions.events).filteredOn(e -> e.endsWith("SuccessfulCreate")).hasSize(3);
  }

  @Test
  void anOrphanTheSelectorMatchesIsAdoptedAndCounted() {
    VirtualMachineInstanceReplicaSet rs = ReplicaSetFixtures.replicaSet(1);
    VirtualMachineInstance orphan = new VirtualMachineInstance();
    orphan.getMetadata().setName("stray-web");
    orphan.getMetadata().setNamespace("default");
    orphan.getMetadata().setUid("stray-uid");
    orphan.getMetadata().setLabels(new LinkedHashMap<>(Map.of("app", "web")));

    sync.sync(rs, List.of(orphan));

    assertThat(actions.adopted).containsExactly("stray-web");
    assertThat(actions.created).isEmpty();
  }

  @Test
  void aRefusedCreationIsReportedAndTriedAgainAtTheNextSync() {
    VirtualMachineInstanceReplicaSet rs = ReplicaSetFixtures.replicaSet(1);
    actions.refuseCreations = true;

    sync.sync(rs, List.of());
    assertThat(actions.events).contains("Warning FailedCreate");

    actions.refuseCreations = false;
    sync.sync(rs, List.of());
    assertThat(actions.created).hasSize(1);
  }

  @Test
  void aDeletedReplicaSetLeavesNoExpectationBehind() {
    VirtualMachineInstanceReplicaSet rs = ReplicaSetFixtures.replicaSet(2);
    sync.sync(rs, List.of());

    sync.forget(rs);
    sync.sync(rs, List.of());

    assertThat(actions.created).hasSize(4);
  }

  @Test
  void surplusVmisAreDeleted() {
    VirtualMachineInstanceReplicaSet rs = ReplicaSetFixtures.replicaSet(2);
    sync.sync(rs, List.of());
    List<VirtualMachineInstance> three = new java.util.ArrayList<>(actions.created);
    rs.getSpec().setReplicas(1);

    sync.sync(rs, three);

    assertThat(actions.deleted).hasSize(1);
  }
}
