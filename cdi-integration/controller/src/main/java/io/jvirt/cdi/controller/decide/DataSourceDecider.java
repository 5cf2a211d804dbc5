package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceCondition;
import io.jvirt.cdi.api.v1beta1.DataSourceSource;
import io.jvirt.cdi.api.v1beta1.DataSourceStatus;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import io.jvirt.common.model.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A DataSource's status (upstream datasource-controller): the resolved source, and Ready once its
 * PVC exists and, if a DataVolume of that name fills it, that DataVolume has succeeded. Pure.
 */
public final class DataSourceDecider {
  public static final String READY = "Ready";
  static final String NO_SOURCE = "NoSource";
  static final String SNAPSHOT_NOT_SUPPORTED = "SnapshotNotSupported";

  private DataSourceDecider() {}

  /** The status {@code observation} calls for; equal to the current one when nothing changed. */
  public static DataSourceStatus status(DataSourceObservation observation) {
    DataSource ds = observation.dataSource();
    DataSourceChain.Resolution resolution = DataSourceChain.resolve(ds, observation.referenced());
    DataSourceStatus old = ds.getStatus() == null ? new DataSourceStatus() : ds.getStatus();
    DataSourceStatus status = DeepCopies.of(old, DataSourceStatus.class);
    status.setSource(resolution.source() != null ? resolution.source() : specSource(ds));
    Verdict verdict =
        resolution.source() == null
            ? new Verdict(false, resolution.reason(), resolution.message())
            : verdict(resolution.source(), observation);
    status.setConditions(
        ready(status.getConditions(), verdict, Timestamps.format(observation.clock().instant())));
    return status;
  }

  /** Whether the DataSource is ready, and why. */
  private record Verdict(boolean ready, String reason, String message) {}

  private static Verdict verdict(DataSourceSource source, DataSourceObservation observation) {
    if (source.getPvc() != null) {
      return pvc(source.getPvc(), observation);
    }
    if (source.getSnapshot() != null) {
      return new Verdict(
          false,
          SNAPSHOT_NOT_SUPPORTED,
          "VolumeSnapshot sources are not supported by jvirt: name a PVC instead");
    }
    return new Verdict(false, NO_SOURCE, "No source PVC set");
  }

  private static Verdict pvc(DataVolumeSourcePVC pvc, DataSourceObservation observation) {
    String where = pvc.getNamespace() + "/" + pvc.getName();
    DataVolume dv = observation.dataVolume();
    if (dv != null) {
      DataVolumePhase phase = dv.getStatus() == null ? null : dv.getStatus().getPhase();
      if (phase == DataVolumePhase.SUCCEEDED) {
        return readyVerdict();
      }
      String name = phase == null ? "Pending" : WireNames.of(phase);
      return new Verdict(false, name, "DataVolume " + where + " phase " + name);
    }
    if (observation.claim() == null) {
      return new Verdict(false, DataSourceChain.NOT_FOUND, "PVC " + where + " not found");
    }
    return readyVerdict();
  }

  private static Verdict readyVerdict() {
    return new Verdict(true, READY, "DataSource is ready to be consumed");
  }

  private static DataSourceSource specSource(DataSource ds) {
    return ds.getSpec() == null || ds.getSpec().getSource() == null
        ? new DataSourceSource()
        : DeepCopies.of(ds.getSpec().getSource(), DataSourceSource.class);
  }

  /**
   * {@code conditions} (a copy, changed in place) with Ready set; the times move only when the
   * status or the wording changes.
   */
  private static List<DataSourceCondition> ready(
      List<DataSourceCondition> conditions, Verdict verdict, String now) {
    List<DataSourceCondition> out = new ArrayList<>(conditions == null ? List.of() : conditions);
    DataSourceCondition condition =
        out.stream().filter(c -> READY.equals(c.getType())).findFirst().orElse(null);
    if (condition == null) {
      condition = new DataSourceCondition();
      condition.setType(READY);
      out.add(condition);
    }
    String status = verdict.ready() ? ConditionList.TRUE : ConditionList.FALSE;
    if (!Objects.equals(condition.getStatus(), status)) {
      condition.setLastTransitionTime(now);
      condition.setLastHeartbeatTime(now);
    } else if (!Objects.equals(condition.getReason(), verdict.reason())
        || !Objects.equals(condition.getMessage(), verdict.message())) {
      condition.setLastHeartbeatTime(now);
    }
    condition.setStatus(status);
    condition.setReason(verdict.reason());
    condition.setMessage(verdict.message());
    return out;
  }
}
