package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** The memory balloon; {@code model="none"} removes the device QEMU would add by default. */
public record Memballoon(
    @JacksonXmlProperty(isAttribute = true) String model,
    @JacksonXmlProperty(isAttribute = true) String freePageReporting,
    Stats stats) {

  /** How often the guest reports memory statistics, in seconds. */
  public record Stats(@JacksonXmlProperty(isAttribute = true) int period) {}
}
