package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A serial port, here on a unix socket, optionally copied to a log file. */
public record Serial(
    @JacksonXmlProperty(isAttribute = true) String type,
    Target target,
    CharSource source,
    Log log) {

  /** The guest-side port number. */
  public record Target(@JacksonXmlProperty(isAttribute = true) int port) {}

  /** A file that gets everything the guest writes; {@code append="on"} keeps earlier output. */
  public record Log(
      @JacksonXmlProperty(isAttribute = true) String file,
      @JacksonXmlProperty(isAttribute = true) String append) {}
}
