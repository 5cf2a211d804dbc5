package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** What a user asks of a VirtualMachine: whether it runs, and the VMI it runs as. */
@Data
public class VirtualMachineSpec extends Extensible {
  /** Deprecated upstream in favour of runStrategy; the two are mutually exclusive. */
  private Boolean running;

  private RunStrategy runStrategy;

  @Required private VirtualMachineInstanceTemplateSpec template;

  private List<DataVolumeTemplateSpec> dataVolumeTemplates;

  /** Migration or Replacement; jvirt stores it and does not act on it yet. */
  private String updateVolumesStrategy;
}
