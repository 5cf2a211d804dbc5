package io.jvirt.cdi.api.v1beta1;

import io.fabric8.generator.annotation.Size;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What a user asks of a class, overriding CDI's recommendations field by field. */
@Data
public class StorageProfileSpec extends Extensible {
  private CdiCloneStrategy cloneStrategy;

  @Size(max = 8)
  private List<ClaimPropertySet> claimPropertySets;

  /** {@code pvc} or {@code snapshot}: how DataImportCrons keep their sources. */
  private String dataImportCronSourceFormat;

  /** The VolumeSnapshotClass snapshot clones use. */
  private String snapshotClass;
}
