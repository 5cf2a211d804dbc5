package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** An amount of memory with its unit: {@code <memory unit="b">134217728</memory>}. */
public record Memory(
    @JacksonXmlProperty(isAttribute = true) String unit, @JacksonXmlText long value) {
  /** An amount in bytes. */
  public static Memory bytes(long value) {
    return new Memory("b", value);
  }
}
