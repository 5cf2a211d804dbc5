package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Guest CPU topology, model and placement. */
@Data
public class CPU extends Extensible {
  private Integer cores;

  private Integer sockets;

  /** Upper bound of sockets for CPU hotplug. */
  private Integer maxSockets;

  private Integer threads;

  /** A libvirt CPU model name, or host-model / host-passthrough. */
  private String model;

  private List<CPUFeature> features;

  private Boolean dedicatedCpuPlacement;

  private Boolean isolateEmulatorThread;
}
