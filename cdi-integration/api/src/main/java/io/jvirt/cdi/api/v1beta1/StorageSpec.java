package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.TypedObjectReference;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** A partial claim spec; CDI fills what is missing from the storage class's profile. */
@Data
public class StorageSpec extends Extensible {
  private List<String> accessModes;

  private LabelSelector selector;

  private VolumeResourceRequirements resources;

  private String volumeName;

  private String storageClassName;

  /** {@code Block}, {@code Filesystem}, or {@code FromStorageProfile} to let CDI choose. */
  private String volumeMode;

  private TypedLocalObjectReference dataSource;

  private TypedObjectReference dataSourceRef;
}
