package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What a DataVolume should contain and what claim should hold it. */
@Data
public class DataVolumeSpec extends Extensible {
  /** Where the data comes from; exactly one member is set. Excludes {@link #sourceRef}. */
  private DataVolumeSource source;

  private DataVolumeSourceRef sourceRef;

  /** A claim spec used as written; excludes {@link #storage}. */
  private PersistentVolumeClaimSpec pvc;

  /** A partial claim spec CDI completes from storage profiles; excludes {@link #pvc}. */
  private StorageSpec storage;

  private String priorityClassName;

  private String serviceAccountName;

  private DataVolumeContentType contentType;

  private List<DataVolumeCheckpoint> checkpoints;

  private Boolean finalCheckpoint;

  /** Unset means the cluster default from CDIConfig status. */
  private Boolean preallocation;
}
