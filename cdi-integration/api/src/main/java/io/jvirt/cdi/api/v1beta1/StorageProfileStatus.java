package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Size;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What is in effect for the class: the spec's values where set, else CDI's recommendations. */
@Data
public class StorageProfileStatus extends Extensible {
  private String storageClass;

  private String provisioner;

  private CdiCloneStrategy cloneStrategy;

  /** Empty when CDI knows nothing of the provisioner and the spec sets none. */
  @Size(max = 8)
  private List<ClaimPropertySet> claimPropertySets;

  private String dataImportCronSourceFormat;

  private String snapshotClass;
}
