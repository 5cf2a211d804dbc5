package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A VNC server, here listening on a unix socket only. */
public record Graphics(@JacksonXmlProperty(isAttribute = true) String type, Listen listen) {

  /** Where the server listens. */
  public record Listen(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String socket) {}
}
