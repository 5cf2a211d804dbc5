package io.jvirt.cdi.importer.decide;

import java.util.Locale;

/** What the first bytes of a stream say it is (upstream filefmt.go). */
public enum ImageFormat {
  GZIP(true, true),
  XZ(true, true),
  ZSTD(true, false),
  QCOW2(false, true),
  VMDK(false, false),
  VDI(false, false),
  VHD(false, false),
  VHDX(false, false),
  TAR(false, true),
  ISO(false, true),
  RAW(false, true);

  private final boolean compression;
  private final boolean supported;

  ImageFormat(boolean compression, boolean supported) {
    this.compression = compression;
    this.supported = supported;
  }

  /** Whether a decompressor is wrapped around the stream and the result detected again. */
  public boolean compression() {
    return compression;
  }

  /** Whether this importer accepts it. */
  public boolean supported() {
    return supported;
  }

  /** Lower-case name as qemu-img and messages write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Why an unsupported format is refused, naming it and what to do instead. */
  public String refusal() {
    if (compression) {
      return label()
          + "-compressed images are not supported by this importer yet; compress with gzip or xz"
          + " instead";
    }
    return label()
        + " images are not supported by this importer yet; convert the image to qcow2 or raw"
        + " first (qemu-img convert -O qcow2)";
  }
}
