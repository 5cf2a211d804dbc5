package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.DataSources.GOLDEN_NS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceCondition;
import io.jvirt.cdi.api.v1beta1.DataSourceSource;
import io.jvirt.cdi.api.v1beta1.DataSourceStatus;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A DataSource's resolved source and Ready condition. */
class DataSourceDeciderTest {
  private final PersistentVolumeClaim goldenClaim = DataSources.claim(GOLDEN_NS, "cirros", "1Gi");

  private static DataSourceStatus status(
      DataSource ds, DataSource referenced, PersistentVolumeClaim claim, DataVolume dv) {
    return DataSourceDecider.status(
        new DataSourceObservation(ds, referenced, claim, dv, Observations.CLOCK));
  }

  private static DataSourceCondition ready(DataSourceStatus status) {
    assertThat(status.getConditions()).hasSize(1);
    DataSourceCondition condition = status.getConditions().get(0);
    assertThat(condition.getType()).isEqualTo("Ready");
    return condition;
  }

  private static DataSource golden(DataSourceSource source) {
    return DataSources.named(GOLDEN_NS, "cirros", source);
  }

  @Test
  void aPlainPvcThatExistsIsReady() {
    DataSourceStatus status =
        status(golden(DataSources.pvc(GOLDEN_NS, "cirros")), null, goldenClaim, null);

    DataSourceCondition ready = ready(status);
    assertThat(ready.getStatus()).isEqualTo("True");
    assertThat(ready.getReason()).isEqualTo("Ready");
    assertThat(ready.getLastTransitionTime()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(status.getSource().getPvc().getName()).isEqualTo("cirros");
  }

  @Test
  void aMissingPvcIsNotFound() {
    DataSourceCondition ready =
        ready(status(golden(DataSources.pvc(GOLDEN_NS, "cirros")), null, null, null));

    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getReason()).isEqualTo("NotFound");
    assertThat(ready.getMessage()).isEqualTo("PVC golden/cirros not found");
  }

  @Test
  void aPvcWhoseDataVolumeIsStillImportingIsNotReadyWithItsPhase() {
    DataVolume importing =
        DataSources.dataVolume(GOLDEN_NS, "cirros", DataVolumePhase.IMPORT_IN_PROGRESS);

    DataSourceCondition ready =
        ready(status(golden(DataSources.pvc(GOLDEN_NS, "cirros")), null, goldenClaim, importing));

    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getReason()).isEqualTo("ImportInProgress");
    assertThat(ready.getMessage()).contains("golden/cirros").contains("ImportInProgress");
  }

  @Test
  void aPvcWhoseDataVolumeSucceededIsReady() {
    DataVolume done = DataSources.dataVolume(GOLDEN_NS, "cirros", DataVolumePhase.SUCCEEDED);

    assertThat(
            ready(status(golden(DataSources.pvc(GOLDEN_NS, "cirros")), null, goldenClaim, done))
                .getStatus())
        .isEqualTo("True");
  }

  @Test
  void anUnsetPvcNamespaceIsTheDataSources() {
    DataSourceStatus status =
        status(golden(DataSources.pvc(null, "cirros")), null, goldenClaim, null);

    assertThat(status.getSource().getPvc().getNamespace()).isEqualTo(GOLDEN_NS);
  }

  @Test
  void anEmptySourceIsNoSource() {
    DataSourceCondition ready = ready(status(golden(new DataSourceSource()), null, null, null));

    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getReason()).isEqualTo("NoSource");
  }

  @Test
  void aSnapshotSourceIsNotSupported() {
    DataSourceCondition ready =
        ready(status(golden(DataSources.snapshot(GOLDEN_NS, "snap")), null, null, null));

    assertThat(ready.getStatus()).isEqualTo("False");
    assertThat(ready.getReason()).isEqualTo("SnapshotNotSupported");
    assertThat(ready.getMessage()).contains("not supported");
  }

  @Test
  void aChainResolvesToTheReferencedDataSourcesPvc() {
    DataSource target = DataSources.named(GOLDEN_NS, "cirros-0.6", DataSources.pvc(null, "cirros"));
    DataSource alias =
        DataSources.named(GOLDEN_NS, "cirros", DataSources.chained(null, "cirros-0.6"));

    DataSourceStatus status = status(alias, target, goldenClaim, null);

    assertThat(ready(status).getStatus()).isEqualTo("True");
    assertThat(status.getSource().getPvc().getNamespace()).isEqualTo(GOLDEN_NS);
    assertThat(status.getSource().getPvc().getName()).isEqualTo("cirros");
    assertThat(status.getSource().getDataSource()).isNull();
  }

  @Test
  void aChainToAMissingDataSourceIsNotFound() {
    DataSource alias = DataSources.named(GOLDEN_NS, "cirros", DataSources.chained(null, "gone"));

    DataSourceCondition ready = ready(status(alias, null, null, null));

    assertThat(ready.getReason()).isEqualTo("NotFound");
    assertThat(ready.getMessage()).isEqualTo("DataSource golden/gone not found");
  }

  @Test
  void aChainMayBeOneLevelDeepOnly() {
    DataSource middle = DataSources.named(GOLDEN_NS, "b", DataSources.chained(null, "c"));
    DataSource alias = DataSources.named(GOLDEN_NS, "a", DataSources.chained(null, "b"));

    assertThat(ready(status(alias, middle, null, null)).getReason())
        .isEqualTo("MaxReferenceDepthReached");
  }

  @Test
  void aChainMayNotReferToItselfNorLeaveTheNamespace() {
    DataSource self = DataSources.named(GOLDEN_NS, "a", DataSources.chained(GOLDEN_NS, "a"));
    DataSource away = DataSources.named(GOLDEN_NS, "a", DataSources.chained("other", "b"));

    assertThat(ready(status(self, self, null, null)).getReason()).isEqualTo("SelfReference");
    assertThat(ready(status(away, null, null, null)).getReason())
        .isEqualTo("CrossNamespaceReference");
  }

  @Test
  void anUnchangedVerdictKeepsTheStatusEqual() {
    DataSource ds = golden(DataSources.pvc(GOLDEN_NS, "cirros"));
    ds.setStatus(status(ds, null, goldenClaim, null));

    DataSourceStatus again =
        DataSourceDecider.status(
            new DataSourceObservation(
                ds,
                null,
                goldenClaim,
                null,
                Observations.at(Instant.parse("2026-03-02T00:00:00Z"))));

    assertThat(again).isEqualTo(ds.getStatus());
  }

  @Test
  void aTransitionMovesTheTransitionTime() {
    DataSource ds = golden(DataSources.pvc(GOLDEN_NS, "cirros"));
    ds.setStatus(status(ds, null, null, null));

    DataSourceStatus later =
        DataSourceDecider.status(
            new DataSourceObservation(
                ds,
                null,
                goldenClaim,
                null,
                Observations.at(Instant.parse("2026-03-02T00:00:00Z"))));

    assertThat(ready(later).getStatus()).isEqualTo("True");
    assertThat(ready(later).getLastTransitionTime()).isEqualTo("2026-03-02T00:00:00Z");
    assertThat(ds.getStatus().getConditions().get(0).getStatus()).isEqualTo("False");
  }
}
