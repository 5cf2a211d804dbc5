package io.jvirt.api.v1;

import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.common.model.Extensible;
import io.jvirt.common.model.OpenObject;
import lombok.Data;

/** A DataVolume a VirtualMachine creates, owns and waits for before it starts. */
@Data
public class DataVolumeTemplateSpec extends Extensible {
  private String apiVersion;

  private String kind;

  /** Stored as written, like upstream's template metadata: no schema, null allowed. */
  @SchemaFrom(type = OpenObject.class)
  @Nullable
  private ObjectMeta metadata;

  @Required private DataVolumeSpec spec;

  /** Upstream keeps a placeholder status here; it is stored as written. */
  @PreserveUnknownFields private Object status;
}
