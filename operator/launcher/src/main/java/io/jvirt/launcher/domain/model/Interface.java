package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import lombok.Builder;

/** A guest NIC; jvirt's are {@code type="ethernet"} on a tap device virt-handler prepared. */
@Builder
public record Interface(
    @JacksonXmlProperty(isAttribute = true) String type,
    Mac mac,
    Target target,
    Model model,
    Driver driver,
    Mtu mtu,
    Boot boot,
    Rom rom,
    Link link,
    Alias alias,
    Acpi acpi,
    Address address) {

  /** The guest's MAC address. */
  public record Mac(@JacksonXmlProperty(isAttribute = true) String address) {}

  /** The host-side device; {@code managed="no"} means libvirt must use it as it is. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String dev,
      @JacksonXmlProperty(isAttribute = true) String managed) {}

  /** The emulated NIC model, e.g. virtio-non-transitional or e1000e. */
  public record Model(@JacksonXmlProperty(isAttribute = true) String type) {}

  /** Backend options: vhost with several queues for multiqueue virtio. */
  public record Driver(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) Integer queues) {}

  /** The link MTU the guest is told. */
  public record Mtu(@JacksonXmlProperty(isAttribute = true) int size) {}

  /** The NIC's option ROM (iPXE); off unless the NIC boots. */
  public record Rom(@JacksonXmlProperty(isAttribute = true) String enabled) {}

  /** Link state as the guest sees it. */
  public record Link(@JacksonXmlProperty(isAttribute = true) String state) {}

  /** The ACPI index, which gives the guest a stable NIC name. */
  public record Acpi(@JacksonXmlProperty(isAttribute = true) int index) {}
}
