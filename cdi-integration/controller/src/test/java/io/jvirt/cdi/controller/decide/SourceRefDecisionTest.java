package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.DataSources.GOLDEN_NS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.contract.CdiAnnotations;
import org.junit.jupiter.api.Test;

/** A DataVolume's sourceRef, resolved through its DataSource to a host-assisted PVC clone. */
class SourceRefDecisionTest {
  private final PersistentVolumeClaim goldenClaim = DataSources.claim(GOLDEN_NS, "cirros", "2Gi");

  /** A clone of DataSource golden/cirros into {@code default}, with {@code size} or none. */
  private static DataVolume byRef(String size) {
    DataVolume dv = CdiFixtures.httpImport("vm-disk");
    DataVolumeSourceRef ref = new DataVolumeSourceRef();
    ref.setKind("DataSource");
    ref.setNamespace(GOLDEN_NS);
    ref.setName("cirros");
    dv.getSpec().setSource(null);
    dv.getSpec().setSourceRef(ref);
    dv.getSpec().setStorage(CdiFixtures.storage(size));
    return dv;
  }

  private static DataVolume byPvc(String size) {
    DataVolume dv = byRef(size);
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace(GOLDEN_NS);
    pvc.setName("cirros");
    DataVolumeSource source = new DataVolumeSource();
    source.setPvc(pvc);
    dv.getSpec().setSourceRef(null);
    dv.getSpec().setSource(source);
    return dv;
  }

  private DataSource readyDataSource() {
    DataSource ds = DataSources.named(GOLDEN_NS, "cirros", DataSources.pvc(null, "cirros"));
    return DataSources.decided(
        ds, new DataSourceObservation(ds, null, goldenClaim, null, Observations.CLOCK));
  }

  private static DataVolumeCondition condition(DataVolumeDecision decision, String type) {
    return ConditionList.find(decision.status().status().getConditions(), type);
  }

  private static String size(PersistentVolumeClaim claim) {
    Quantity size = claim.getSpec().getResources().getRequests().get("storage");
    return size == null ? null : size.toString();
  }

  @Test
  void aReadyDataSourceBecomesTheCloneRequestOfTheNewPvc() {
    DataVolumeDecision decision =
        DataVolumeDecider.decide(
            Observations.of(byRef("1Gi"), null)
                .withDataSource(readyDataSource())
                .withCloneSourceClaim(goldenClaim));

    PersistentVolumeClaim claim = decision.createClaim();
    assertThat(claim).isNotNull();
    assertThat(claim.getMetadata().getName()).isEqualTo("vm-disk");
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.CLONE_REQUEST, "golden/cirros");
    assertThat(claim.getMetadata().getOwnerReferences().get(0).getName()).isEqualTo("vm-disk");
  }

  @Test
  void withoutASizeTheCloneTakesTheSourcePvcsRequest() {
    DataVolumeDecision decision =
        DataVolumeDecider.decide(
            Observations.of(byRef(null), null)
                .withDataSource(readyDataSource())
                .withCloneSourceClaim(goldenClaim));

    assertThat(size(decision.createClaim())).isEqualTo("2Gi");
  }

  @Test
  void aSourcePvcCloneWithoutASizeTakesTheSourcePvcsRequestToo() {
    DataVolumeDecision decision =
        DataVolumeDecider.decide(
            Observations.of(byPvc(null), null).withCloneSourceClaim(goldenClaim));

    assertThat(size(decision.createClaim())).isEqualTo("2Gi");
    assertThat(decision.createClaim().getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.CLONE_REQUEST, "golden/cirros");
  }

  @Test
  void aGivenSizeIsKept() {
    DataVolumeDecision decision =
        DataVolumeDecider.decide(
            Observations.of(byPvc("5Gi"), null).withCloneSourceClaim(goldenClaim));

    assertThat(
            Sizes.bytes(
                decision.createClaim().getSpec().getResources().getRequests().get("storage")))
        .isGreaterThanOrEqualTo(5L << 30);
  }

  @Test
  void aSizelessCloneWaitsForItsSourcePvc() {
    DataVolumeDecision decision = DataVolumeDecider.decide(Observations.of(byPvc(null), null));

    assertThat(decision.createClaim()).isNull();
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(condition(decision, "Bound").getReason()).isEqualTo("CloneSourcePVCNotFound");
    assertThat(condition(decision, "Bound").getMessage())
        .isEqualTo("Source PVC golden/cirros not found");
    assertThat(decision.requeueAfter()).isNotNull();
  }

  @Test
  void aMissingDataSourceLeavesTheDataVolumePendingWithoutPvc() {
    DataVolumeDecision decision = DataVolumeDecider.decide(Observations.of(byRef("1Gi"), null));

    assertThat(decision.createClaim()).isNull();
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.PENDING);
    DataVolumeCondition bound = condition(decision, "Bound");
    assertThat(bound.getStatus()).isEqualTo("False");
    assertThat(bound.getReason()).isEqualTo("DataSourceNotFound");
    assertThat(bound.getMessage()).isEqualTo("DataSource golden/cirros not found");
    assertThat(decision.events()).anyMatch(e -> e.message().contains("golden/cirros"));
  }

  @Test
  void aDataSourceNotReadyYetIsWaitedFor() {
    DataSource ds = DataSources.named(GOLDEN_NS, "cirros", DataSources.pvc(null, "cirros"));
    DataSource importing =
        DataSources.decided(
            ds,
            new DataSourceObservation(
                ds,
                null,
                goldenClaim,
                DataSources.dataVolume(GOLDEN_NS, "cirros", DataVolumePhase.IMPORT_IN_PROGRESS),
                Observations.CLOCK));

    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(byRef("1Gi"), null).withDataSource(importing));

    assertThat(decision.createClaim()).isNull();
    assertThat(condition(decision, "Bound").getReason()).isEqualTo("DataSourceNotReady");
    assertThat(condition(decision, "Bound").getMessage())
        .contains("golden/cirros")
        .contains("ImportInProgress");
  }

  @Test
  void aSnapshotDataSourceIsNotSupported() {
    DataSource ds = DataSources.named(GOLDEN_NS, "cirros", DataSources.snapshot(GOLDEN_NS, "s"));

    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(byRef("1Gi"), null).withDataSource(ds));

    assertThat(decision.createClaim()).isNull();
    assertThat(condition(decision, "Bound").getReason()).isEqualTo("SnapshotCloneNotSupported");
    assertThat(condition(decision, "Bound").getMessage()).contains("not supported");
  }

  @Test
  void aChainedDataSourceClonesTheResolvedPvc() {
    DataSource target = DataSources.named(GOLDEN_NS, "cirros-0.6", DataSources.pvc(null, "img"));
    DataSource alias =
        DataSources.named(GOLDEN_NS, "cirros", DataSources.chained(null, "cirros-0.6"));
    DataSources.decided(
        alias,
        new DataSourceObservation(
            alias, target, DataSources.claim(GOLDEN_NS, "img", "1Gi"), null, Observations.CLOCK));

    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(byRef("1Gi"), null).withDataSource(alias));

    assertThat(decision.createClaim().getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.CLONE_REQUEST, "golden/img");
  }

  @Test
  void anUnsupportedKindIsAnInvalidClaimNotAWait() {
    DataVolume dv = byRef("1Gi");
    dv.getSpec().getSourceRef().setKind("PersistentVolumeClaim");

    DataVolumeDecision decision = DataVolumeDecider.decide(Observations.of(dv, null));

    assertThat(decision.createClaim()).isNull();
    assertThat(decision.events())
        .anyMatch(e -> e.message().contains("Unsupported sourceRef kind PersistentVolumeClaim"));
  }
}
