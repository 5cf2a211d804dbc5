package io.jvirt.cdi.importer.decide;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** Recognises an image by its magic numbers (upstream filefmt.go and format-readers.go). */
public final class FormatDetector {
  /** Bytes to peek at: far enough for the ISO 9660 volume descriptor at 0x8001. */
  public static final int HEADER_SIZE = 0x8001 + 5;

  private static final int QCOW2_SIZE_OFFSET = 24;
  private static final int TAR_OFFSET = 0x101;
  private static final int VDI_OFFSET = 0x40;
  private static final int ISO_OFFSET = 0x8001;

  private FormatDetector() {}

  /** The format of a stream starting with {@code header[0..length)}; RAW when nothing matches. */
  public static ImageFormat detect(byte[] header, int length) {
    if (matches(header, length, 0, 0x1F, 0x8B)) {
      return ImageFormat.GZIP;
    }
    if (matches(header, length, 0, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) {
      return ImageFormat.XZ;
    }
    if (matches(header, length, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
      return ImageFormat.ZSTD;
    }
    if (matches(header, length, 0, 'Q', 'F', 'I', 0xFB)) {
      return ImageFormat.QCOW2;
    }
    if (matches(header, length, 0, 'K', 'D', 'M', 'V')) {
      return ImageFormat.VMDK;
    }
    if (matches(header, length, VDI_OFFSET, 0x7F, 0x10, 0xDA, 0xBE)) {
      return ImageFormat.VDI;
    }
    if (text(header, length, 0, "conectix")) {
      return ImageFormat.VHD;
    }
    if (text(header, length, 0, "vhdxfile")) {
      return ImageFormat.VHDX;
    }
    if (text(header, length, TAR_OFFSET, "ustar")) {
      return ImageFormat.TAR;
    }
    if (text(header, length, ISO_OFFSET, "CD001")) {
      return ImageFormat.ISO;
    }
    return ImageFormat.RAW;
  }

  /** A qcow2 header's virtual size (big-endian at offset 24), if the header is that long. */
  public static OptionalLong qcow2VirtualSize(byte[] header, int length) {
    if (detect(header, length) != ImageFormat.QCOW2 || length < QCOW2_SIZE_OFFSET + 8) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ByteBuffer.wrap(header, QCOW2_SIZE_OFFSET, 8).getLong());
  }

  private static boolean matches(byte[] header, int length, int offset, int... magic) {
    if (length < offset + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((header[offset + i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean text(byte[] header, int length, int offset, String magic) {
    byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i];
    }
    return matches(header, length, offset, values);
  }
}
