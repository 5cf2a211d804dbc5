package io.jvirt.cdi.importer.decide;

import java.util.Set;

/** The checks upstream's Convert runs on {@code qemu-img info} before converting (qemu.go). */
public final class ImageValidation {
  /** Formats qemu-img may report for an image this importer converts. */
  public static final Set<String> CONVERTIBLE = Set.of("raw", "qcow2");

  private ImageValidation() {}

  /**
   * Fails unless the image is raw or qcow2, has no backing file and fits into {@code available}
   * bytes; {@code available} below 0 means unknown and is not checked.
   */
  public static void validate(ImageInfo info, long available) {
    if (!CONVERTIBLE.contains(info.format())) {
      String refusal =
          switch (info.format()) {
            case "vmdk" -> ImageFormat.VMDK.refusal();
            case "vdi" -> ImageFormat.VDI.refusal();
            case "vpc" -> ImageFormat.VHD.refusal();
            case "vhdx" -> ImageFormat.VHDX.refusal();
            default -> "Invalid format " + info.format() + " for image";
          };
      throw new ImportFailure(refusal);
    }
    if (!info.backingFile().isEmpty()) {
      throw new ImportFailure(
          "Image is invalid because it has a backing file " + info.backingFile());
    }
    if (available >= 0 && info.virtualSize() > available) {
      throw new ImportFailure(tooLarge(info.virtualSize(), available));
    }
  }

  /** Upstream's message for an image larger than the volume, naming both sizes. */
  public static String tooLarge(long virtualSize, long available) {
    return "virtual image size "
        + virtualSize
        + " is larger than the reported available storage "
        + available
        + ". A larger PVC is required";
  }

  /** A streamed raw image that outgrew {@code available} bytes before its end was seen. */
  public static String tooLargeStream(long available) {
    return "image is larger than the reported available storage "
        + available
        + ": more bytes arrived. A larger PVC is required";
  }
}
