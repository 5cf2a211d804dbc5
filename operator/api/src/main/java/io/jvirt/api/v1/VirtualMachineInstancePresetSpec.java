package io.jvirt.api.v1;

import io.fabric8.generator.annotation.Required;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Which VMIs a preset applies to and the domain settings it merges into them. */
@Data
public class VirtualMachineInstancePresetSpec extends Extensible {
  @Required private LabelSelector selector;

  /** Unlike a VMI's domain, a preset's may leave out devices. */
  private DomainSpec domain;
}
