package io.jvirt.launcher.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/** PPM screenshots become valid PNGs holding the same pixels; PNGs pass unchanged. */
class ScreenshotsTest {
  @Test
  void aPpmBecomesAPngOfTheSameSizeAndPixels() throws IOException {
    byte[] header = "P6\n# QEMU\n3 2\n255\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pixels = new byte[3 * 2 * 3];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (i * 13);
    }
    ByteArrayOutputStream ppm = new ByteArrayOutputStream();
    ppm.writeBytes(header);
    ppm.writeBytes(pixels);

    byte[] png = Screenshots.png("image/x-portable-pixmap", ppm.toByteArray());

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    byte[] signature = in.readNBytes(8);
    assertThat(signature[1]).isEqualTo((byte) 'P');
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    int width = 0;
    int height = 0;
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = in.readNBytes(4);
      byte[] data = in.readNBytes(length);
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(data);
      assertThat(in.readInt()).isEqualTo((int) crc.getValue());
      String name = new String(type, StandardCharsets.US_ASCII);
      if (name.equals("IHDR")) {
        DataInputStream ihdr = new DataInputStream(new ByteArrayInputStream(data));
        width = ihdr.readInt();
        height = ihdr.readInt();
      } else if (name.equals("IDAT")) {
        idat.writeBytes(data);
      }
    }
    assertThat(width).isEqualTo(3);
    assertThat(height).isEqualTo(2);
    byte[] rows =
        new InflaterInputStream(new ByteArrayInputStream(idat.toByteArray())).readAllBytes();
    assertThat(rows[0]).isZero();
    assertThat(Arrays.copyOfRange(rows, 1, 10)).isEqualTo(Arrays.copyOfRange(pixels, 0, 9));
    assertThat(rows[10]).isZero();
    assertThat(Arrays.copyOfRange(rows, 11, 20)).isEqualTo(Arrays.copyOfRange(pixels, 9, 18));
  }

  @Test
  void pngPassesAndOtherFormatsAreRefused() {
    byte[] png = {1, 2, 3};
    assertThat(Screenshots.png("image/png", png)).isSameAs(png);
    assertThatThrownBy(() -> Screenshots.png("image/bmp", png))
        .hasMessage("libvirt sent a screenshot of type image/bmp");
  }
}
