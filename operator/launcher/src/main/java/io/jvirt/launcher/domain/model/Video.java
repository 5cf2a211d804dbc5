package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** The display adapter VNC shows. */
public record Video(Model model) {

  /** Adapter type, heads and video RAM in KiB. */
  public record Model(
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) Integer heads,
      @JacksonXmlProperty(isAttribute = true) Integer vram) {}
}
