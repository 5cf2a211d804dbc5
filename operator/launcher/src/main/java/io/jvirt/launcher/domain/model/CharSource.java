package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** The host end of a character device: a unix socket QEMU binds. */
public record CharSource(
    @JacksonXmlProperty(isAttribute = true) String mode,
    @JacksonXmlProperty(isAttribute = true) String path) {
  /** A unix socket QEMU listens on at {@code path}. */
  public static CharSource bind(String path) {
    return new CharSource("bind", path);
  }
}
