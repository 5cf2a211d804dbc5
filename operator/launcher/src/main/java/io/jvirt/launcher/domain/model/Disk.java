package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import lombok.Builder;

/** A disk, cdrom or LUN: its image, how QEMU opens it and where the guest sees it. */
@Builder(toBuilder = true)
public record Disk(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String device,
    @JacksonXmlProperty(isAttribute = true) String model,
    Driver driver,
    Source source,
    BackingStore backingStore,
    Target target,
    String serial,
    Boot boot,
    Flag readonly,
    Flag shareable,
    Alias alias,
    Address address) {

  /** How QEMU opens the image. */
  @Builder(toBuilder = true)
  public record Driver(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlProperty(isAttribute = true) String cache,
      @JacksonXmlProperty(isAttribute = true) String io,
      @JacksonXmlProperty(isAttribute = true) String discard,
      @JacksonXmlProperty(isAttribute = true, localName = "error_policy") String errorPolicy,
      @JacksonXmlProperty(isAttribute = true) Integer iothread,
      @JacksonXmlProperty(isAttribute = true) Integer queues) {}

  /** The image: a file, or a block device. */
  public record Source(
      @JacksonXmlProperty(isAttribute = true) String file,
      @JacksonXmlProperty(isAttribute = true) String dev) {
    /** A file-backed source. */
    public static Source file(String path) {
      return new Source(path, null);
    }

    /** A block-device source. */
    public static Source block(String path) {
      return new Source(null, path);
    }
  }

  /** The read-only image a qcow2 overlay is layered on. */
  public record BackingStore(
      @JacksonXmlProperty(isAttribute = true) String type, Format format, Source source) {}

  /** An image format, e.g. raw or qcow2. */
  public record Format(@JacksonXmlProperty(isAttribute = true) String type) {}

  /** The guest device name and bus; {@code tray} only for cdroms. */
  public record Target(
      @JacksonXmlProperty(isAttribute = true) String dev,
      @JacksonXmlProperty(isAttribute = true) String bus,
      @JacksonXmlProperty(isAttribute = true) String tray) {}
}
