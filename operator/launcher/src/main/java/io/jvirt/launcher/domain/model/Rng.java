package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** A virtio random number generator fed from a host device. */
public record Rng(@JacksonXmlProperty(isAttribute = true) String model, Backend backend) {

  /** The host source: {@code <backend model="random">/dev/urandom</backend>}. */
  public record Backend(
      @JacksonXmlProperty(isAttribute = true) String model, @JacksonXmlText String source) {}
}
