package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A virtio-serial channel, such as the guest agent's {@code org.qemu.guest_agent.0}. */
public record Channel(
    @JacksonXmlProperty(isAttribute = true) String type, CharSource source, Target target) {

  /** The channel's guest-side type and name. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String name) {}
}
