package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A bus controller: usb, scsi or virtio-serial. */
public record Controller(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) int index,
    @JacksonXmlProperty(isAttribute = true) String model,
    Driver driver) {

  /** A controller of {@code type} at index 0 with no driver options. */
  public static Controller of(String type, String model) {
    return new Controller(type, 0, model, null);
  }

  /** The IOThread serving the controller and its number of queues. */
  public record Driver(
      @JacksonXmlProperty(isAttribute = true) Integer iothread,
      @JacksonXmlProperty(isAttribute = true) Integer queues) {}
}
