package io.jvirt.launcher.screen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Makes libvirt's screenshots PNG, as upstream answers: QEMU's PNG passes as it is, its PPM (P6,
 * what older QEMU and libvirt write) is re-encoded. Encoded here because the images' Java runtime
 * leaves out java.desktop (ImageIO): a PNG of 8-bit RGB rows is a few chunks around zlib.
 */
public final class Screenshots {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Screenshots() {}

  /** {@code image} of {@code mimeType} as PNG; throws for a format libvirt should not send. */
  public static byte[] png(String mimeType, byte[] image) {
    if ("image/png".equals(mimeType)) {
      return image;
    }
    if ("image/x-portable-pixmap".equals(mimeType)) {
      return fromPpm(image);
    }
    throw new IllegalArgumentException("libvirt sent a screenshot of type " + mimeType);
  }

  /** A binary PPM (P6, maxval 255) as PNG. */
  static byte[] fromPpm(byte[] ppm) {
    int[] at = {0};
    if (!"P6".equals(token(ppm, at))) {
      throw new IllegalArgumentException("not a binary PPM screenshot");
    }
    int width = Integer.parseInt(token(ppm, at));
    int height = Integer.parseInt(token(ppm, at));
    if (Integer.parseInt(token(ppm, at)) != 255) {
      throw new IllegalArgumentException("PPM screenshots of other than 8 bits are not supported");
    }
    int pixels = at[0] + 1;
    int row = width * 3;
    if (ppm.length < pixels + (long) row * height) {
      throw new IllegalArgumentException("the PPM screenshot is cut short");
    }
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(compressed)) {
      for (int y = 0; y < height; y++) {
        zlib.write(0);
        zlib.write(ppm, pixels + y * row, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(PNG_SIGNATURE);
    chunk(
        png,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8) // bits per sample
            .put((byte) 2) // truecolour
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    chunk(png, "IDAT", compressed.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** The next whitespace-separated header token from {@code at[0]}, skipping # comments. */
  private static String token(byte[] ppm, int[] at) {
    int i = at[0];
    while (i < ppm.length && (Character.isWhitespace(ppm[i]) || ppm[i] == '#')) {
      if (ppm[i] == '#') {
        while (i < ppm.length && ppm[i] != '\n') {
          i++;
        }
      }
      i++;
    }
    int start = i;
    while (i < ppm.length && !Character.isWhitespace(ppm[i])) {
      i++;
    }
    at[0] = i;
    return new String(ppm, start, i - start, StandardCharsets.US_ASCII);
  }
}
