package io.jvirt.api.v1.domain;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** The timers attached to the guest. */
@Data
public class Timer extends Extensible {
  private HPETTimer hpet;

  private KVMTimer kvm;

  private PITTimer pit;

  private RTCTimer rtc;

  private HypervTimer hyperv;
}
