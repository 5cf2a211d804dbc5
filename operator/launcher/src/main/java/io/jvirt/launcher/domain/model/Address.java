package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** Where a device sits: a PCI slot, or a drive on a controller. */
public record Address(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String domain,
    @JacksonXmlProperty(isAttribute = true) String bus,
    @JacksonXmlProperty(isAttribute = true) String slot,
    @JacksonXmlProperty(isAttribute = true) String function,
    @JacksonXmlProperty(isAttribute = true) String controller,
    @JacksonXmlProperty(isAttribute = true) String unit) {

  /** A PCI address, each part in libvirt's hexadecimal form (0x0000, 0x01, ...). */
  public static Address pci(String domain, String bus, String slot, String function) {
    return new Address("pci", domain, bus, slot, function, null, null);
  }

  /** A drive on the given controller index, bus 0. */
  public static Address drive(int controller, int unit) {
    return new Address(
        "drive", null, "0", null, null, String.valueOf(controller), String.valueOf(unit));
  }
}
