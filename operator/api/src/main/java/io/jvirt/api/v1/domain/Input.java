package io.jvirt.api.v1.domain;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A pointing device given to the guest, such as a tablet for a VNC session. */
@Data
public class Input extends Extensible {
  @Required private String name;

  /** usb or virtio; upstream defaults to usb. */
  private String bus;

  /** Only tablet upstream; it is also the default. */
  private String type;
}
