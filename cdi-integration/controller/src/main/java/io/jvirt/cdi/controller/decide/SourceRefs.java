package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataSourceCondition;
import io.jvirt.cdi.api.v1beta1.DataSourceSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.common.model.DeepCopies;

/**
 * A DataVolume's {@code sourceRef} resolved through its DataSource to the PVC to clone; the
 * DataVolume waits, with no PVC yet, while the DataSource is missing or not Ready.
 */
public final class SourceRefs {
  /** The DataSource named by {@code sourceRef} does not exist. */
  public static final String DATA_SOURCE_NOT_FOUND = "DataSourceNotFound";

  /** The DataSource exists but is not Ready: its PVC is missing or still being filled. */
  public static final String DATA_SOURCE_NOT_READY = "DataSourceNotReady";

  /** The DataSource resolves to a VolumeSnapshot, which jvirt cannot clone. */
  public static final String SNAPSHOT_NOT_SUPPORTED = "SnapshotCloneNotSupported";

  private SourceRefs() {}

  /**
   * What a sourceRef resolved to.
   *
   * @param pvc the PVC to clone, namespace set, or null while waiting
   * @param reason why the DataVolume waits, or null
   * @param message the same for people, or null
   */
  public record Resolution(DataVolumeSourcePVC pvc, String reason, String message) {
    static Resolution waiting(String reason, String message) {
      return new Resolution(null, reason, message);
    }
  }

  /** The sourceRef the controller follows: kind DataSource, no {@code source} beside it. */
  public static DataVolumeSourceRef followed(DataVolume dv) {
    DataVolumeSpec spec = dv.getSpec();
    if (spec == null || spec.getSource() != null || spec.getSourceRef() == null) {
      return null;
    }
    DataVolumeSourceRef ref = spec.getSourceRef();
    return "DataSource".equals(ref.getKind()) && !DataVolumeValidator.blank(ref.getName())
        ? ref
        : null;
  }

  /** The namespace of the DataSource {@code ref} names: its own, else the DataVolume's. */
  public static String namespace(DataVolume dv, DataVolumeSourceRef ref) {
    return DataSourceChain.orDefault(ref.getNamespace(), dv.getMetadata().getNamespace());
  }

  /** Resolves {@code ref} with {@code ds}, the DataSource it names (null when missing). */
  public static Resolution resolve(DataVolume dv, DataVolumeSourceRef ref, DataSource ds) {
    String where = namespace(dv, ref) + "/" + ref.getName();
    if (ds == null) {
      return Resolution.waiting(DATA_SOURCE_NOT_FOUND, "DataSource " + where + " not found");
    }
    // the status holds the resolved source (a chain followed); the spec until it is written
    DataSourceSource source =
        ds.getStatus() != null && ds.getStatus().getSource() != null
            ? ds.getStatus().getSource()
            : ds.getSpec() == null ? null : ds.getSpec().getSource();
    if (source != null && source.getSnapshot() != null) {
      return Resolution.waiting(
          SNAPSHOT_NOT_SUPPORTED,
          "DataSource "
              + where
              + " names VolumeSnapshot "
              + source.getSnapshot().getName()
              + ": snapshot clones are not supported by jvirt");
    }
    DataSourceCondition ready = readyCondition(ds);
    if (ready == null || !ConditionList.TRUE.equals(ready.getStatus())) {
      String why =
          ready == null
              ? "no Ready condition yet"
              : ready.getReason() + ": " + (ready.getMessage() == null ? "" : ready.getMessage());
      return Resolution.waiting(
          DATA_SOURCE_NOT_READY, "DataSource " + where + " is not ready (" + why + ")");
    }
    if (source == null || source.getPvc() == null) {
      return Resolution.waiting(DATA_SOURCE_NOT_READY, "DataSource " + where + " names no PVC");
    }
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace(
        DataSourceChain.orDefault(source.getPvc().getNamespace(), ds.getMetadata().getNamespace()));
    pvc.setName(source.getPvc().getName());
    return new Resolution(pvc, null, null);
  }

  /** {@code dv} as the plain PVC clone it stands for: {@code source.pvc} in place of the ref. */
  static DataVolume asPvcClone(DataVolume dv, DataVolumeSourcePVC pvc) {
    DataVolume clone = new DataVolume();
    clone.setMetadata(dv.getMetadata());
    DataVolumeSpec spec = DeepCopies.of(dv.getSpec(), DataVolumeSpec.class);
    spec.setSourceRef(null);
    DataVolumeSource source = new DataVolumeSource();
    source.setPvc(pvc);
    spec.setSource(source);
    clone.setSpec(spec);
    clone.setStatus(dv.getStatus());
    return clone;
  }

  private static DataSourceCondition readyCondition(DataSource ds) {
    if (ds.getStatus() == null || ds.getStatus().getConditions() == null) {
      return null;
    }
    return ds.getStatus().getConditions().stream()
        .filter(c -> DataSourceDecider.READY.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }
}
