package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** The devices attached to the guest, and which default devices are added for it. */
@Data
public class Devices extends Extensible {
  private List<Disk> disks;

  private List<Interface> interfaces;

  /** Defaults to true upstream. */
  private Boolean autoattachPodInterface;

  /** Defaults to true upstream; false also removes VNC access. */
  private Boolean autoattachGraphicsDevice;

  /** Defaults to true upstream. */
  private Boolean autoattachSerialConsole;

  /** Unset falls back to the cluster-wide setting. */
  private Boolean logSerialConsole;

  /** Defaults to true upstream. */
  private Boolean autoattachMemBalloon;

  private Boolean autoattachInputDevice;

  private Boolean autoattachVSOCK;

  private Boolean blockMultiQueue;

  private Boolean networkInterfaceMultiqueue;

  /** Use legacy virtio 0.9 devices, for guests too old for virtio 1.0. */
  private Boolean useVirtioTransitional;

  private Boolean disableHotplug;

  /** Present (even empty) means: give the guest a random number device fed by the host. */
  private Rng rng;

  private List<Input> inputs;
}
