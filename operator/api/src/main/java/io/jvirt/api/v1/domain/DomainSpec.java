package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The virtual hardware of a VMI: CPU, memory, firmware, clock, features and devices. */
@Data
public class DomainSpec extends Extensible {
  private ResourceRequirements resources;

  private CPU cpu;

  private Memory memory;

  private Machine machine;

  private Firmware firmware;

  private Clock clock;

  private Features features;

  @Required private Devices devices;

  /** shared, auto or supplementalPool; unset means no IOThreads at all. */
  private String ioThreadsPolicy;

  private DiskIOThreads ioThreads;
}
