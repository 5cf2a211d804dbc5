package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** The console libvirt shows for {@code virsh console}, bound to a serial port. */
public record Console(@JacksonXmlProperty(isAttribute = true) String type, Target target) {

  /** Which device the console is: a serial port by number. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) int port) {}
}
