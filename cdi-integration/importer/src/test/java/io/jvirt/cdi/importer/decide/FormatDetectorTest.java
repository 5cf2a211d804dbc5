package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Magic numbers of every format the importer knows. */
class FormatDetectorTest {
  private static ImageFormat detect(int offset, byte... magic) {
    byte[] header = new byte[FormatDetector.HEADER_SIZE];
    System.arraycopy(magic, 0, header, offset, magic.length);
    return FormatDetector.detect(header, header.length);
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void recognisesEachMagicNumber() {
    assertThat(detect(0, bytes(0x1F, 0x8B, 0x08))).isEqualTo(ImageFormat.GZIP);
    assertThat(detect(0, bytes(0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00))).isEqualTo(ImageFormat.XZ);
    assertThat(detect(0, bytes(0x28, 0xB5, 0x2F, 0xFD))).isEqualTo(ImageFormat.ZSTD);
    assertThat(detect(0, bytes('Q', 'F', 'I', 0xFB))).isEqualTo(ImageFormat.QCOW2);
    assertThat(detect(0, ascii("KDMV"))).isEqualTo(ImageFormat.VMDK);
    assertThat(detect(0x40, bytes(0x7F, 0x10, 0xDA, 0xBE))).isEqualTo(ImageFormat.VDI);
    assertThat(detect(0, ascii("conectix"))).isEqualTo(ImageFormat.VHD);
    assertThat(detect(0, ascii("vhdxfile"))).isEqualTo(ImageFormat.VHDX);
    assertThat(detect(0x101, ascii("ustar"))).isEqualTo(ImageFormat.TAR);
    assertThat(detect(0x8001, ascii("CD001"))).isEqualTo(ImageFormat.ISO);
    assertThat(detect(0, ascii("anything else"))).isEqualTo(ImageFormat.RAW);
  }

  @Test
  void aShortHeaderIsRawUnlessItsMagicFits() {
    assertThat(FormatDetector.detect(bytes(0x1F, 0x8B), 2)).isEqualTo(ImageFormat.GZIP);
    assertThat(FormatDetector.detect(bytes(0x1F), 1)).isEqualTo(ImageFormat.RAW);
    assertThat(FormatDetector.detect(new byte[0], 0)).isEqualTo(ImageFormat.RAW);
  }

  @Test
  void qcow2HeaderCarriesTheVirtualSize() {
    byte[] header = new byte[512];
    System.arraycopy(bytes('Q', 'F', 'I', 0xFB), 0, header, 0, 4);
    ByteBuffer.wrap(header).putLong(24, 10L << 30);
    assertThat(FormatDetector.qcow2VirtualSize(header, header.length)).hasValue(10L << 30);
    assertThat(FormatDetector.qcow2VirtualSize(new byte[512], 512)).isEmpty();
  }

  @Test
  void vmdkAndVhdAreRefusedWithAClearMessage() {
    assertThat(ImageFormat.VMDK.supported()).isFalse();
    assertThat(ImageFormat.VHD.supported()).isFalse();
    assertThat(ImageFormat.VMDK.refusal())
        .isEqualTo(
            "vmdk images are not supported by this importer yet; convert the image to qcow2 or"
                + " raw first (qemu-img convert -O qcow2)");
    assertThat(ImageFormat.ZSTD.refusal()).startsWith("zstd-compressed images are not supported");
    assertThat(ImageFormat.QCOW2.supported()).isTrue();
    assertThat(ImageFormat.ISO.supported()).isTrue();
  }
}
