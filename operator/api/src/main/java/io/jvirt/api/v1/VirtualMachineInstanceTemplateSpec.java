package io.jvirt.api.v1;

import io.fabric8.crd.generator.annotation.SchemaFrom;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jvirt.common.model.Extensible;
import io.jvirt.common.model.OpenObject;
import lombok.Data;

/** The metadata and spec a VirtualMachine or VMI ReplicaSet stamps onto the VMIs it creates. */
@Data
public class VirtualMachineInstanceTemplateSpec extends Extensible {
  /** Stored as written, like upstream's template metadata: no schema, null allowed. */
  @SchemaFrom(type = OpenObject.class)
  @Nullable
  private ObjectMeta metadata;

  private VirtualMachineInstanceSpec spec;
}
