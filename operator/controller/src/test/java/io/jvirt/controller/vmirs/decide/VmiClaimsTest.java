package io.jvirt.controller.vmirs.decide;

import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.deleting;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.replicaSet;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim step: own, adopt, release and ignore, as Kubernetes ReplicaSets do. */
class VmiClaimsTest {
  private final VirtualMachineInstanceReplicaSet rs = replicaSet(2);

  @Test
  void keepsItsOwnMatchingVmisAndAdoptsLiveOwnerlessOnes() {
    VirtualMachineInstance own = labelled(ownedBy(running("own"), "rs-uid"), "web");
    VirtualMachineInstance orphan = labelled(running("orphan"), "web");
    VirtualMachineInstance deletedOrphan = labelled(deleting("gone"), "web");

    VmiClaims claims = VmiClaims.of(rs, List.of(own, orphan, deletedOrphan));

    assertThat(claims.owned()).containsExactly(own);
    assertThat(claims.adopt()).containsExactly(orphan);
    assertThat(claims.release()).isEmpty();
  }

  @Test
  void releasesItsOwnVmiWhoseLabelsNoLongerMatch() {
    VirtualMachineInstance relabelled = labelled(ownedBy(running("moved"), "rs-uid"), "db");

    VmiClaims claims = VmiClaims.of(rs, List.of(relabelled));

    assertThat(claims.owned()).isEmpty();
    assertThat(claims.release()).containsExactly(relabelled);
  }

  @Test
  void leavesVmisOfOtherControllersAndNonMatchingOrphansAlone() {
    VirtualMachineInstance other = labelled(ownedBy(running("other"), "other-uid"), "web");
    VirtualMachineInstance stranger = labelled(running("stranger"), "db");

    VmiClaims claims = VmiClaims.of(rs, List.of(other, stranger));

    assertThat(claims.owned()).isEmpty();
    assertThat(claims.adopt()).isEmpty();
    assertThat(claims.release()).isEmpty();
  }

  @Test
  void aReplicaSetBeingDeletedAdoptsNothingAndReleasesNothing() {
    rs.getMetadata().setDeletionTimestamp("2024-01-01T00:00:00Z");
    VirtualMachineInstance relabelled = labelled(ownedBy(running("moved"), "rs-uid"), "db");
    VirtualMachineInstance orphan = labelled(running("orphan"), "web");

    VmiClaims claims = VmiClaims.of(rs, List.of(relabelled, orphan));

    assertThat(claims.owned()).containsExactly(relabelled);
    assertThat(claims.adopt()).isEmpty();
    assertThat(claims.release()).isEmpty();
  }

  private static VirtualMachineInstance labelled(VirtualMachineInstance vmi, String app) {
    vmi.getMetadata().setLabels(new java.util.HashMap<>(Map.of("app", app)));
    return vmi;
  }

  private static VirtualMachineInstance ownedBy(VirtualMachineInstance vmi, String uid) {
    vmi.getMetadata()
        .getOwnerReferences()
        .add(
            new OwnerReferenceBuilder()
                .withKind(VmiFromReplicaSet.OWNER_KIND)
                .withName("x")
                .withUid(uid)
                .withController(true)
                .build());
    return vmi;
  }
}
