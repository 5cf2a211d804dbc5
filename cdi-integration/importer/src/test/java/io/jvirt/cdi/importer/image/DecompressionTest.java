package io.jvirt.cdi.importer.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.ImageFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** gzip and xz round trips through format detection, on real files. */
class DecompressionTest {
  @TempDir Path dir;

  private static byte[] payload() {
    byte[] data = new byte[200_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 % 253);
    }
    return data;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] xz(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream xz = new XZOutputStream(out, new LZMA2Options())) {
      xz.write(data);
    }
    return out.toByteArray();
  }

  private Decompression.Unwrapped unwrapFile(byte[] content) throws IOException {
    Path file = dir.resolve("image");
    Files.write(file, content);
    return Decompression.unwrap(Files.newInputStream(file));
  }

  @Test
  void gzipRoundTrip() throws IOException {
    Decompression.Unwrapped image = unwrapFile(gzip(payload()));
    try (InputStream in = image.stream()) {
      assertThat(in.readAllBytes()).isEqualTo(payload());
    }
    assertThat(image.layers()).containsExactly(ImageFormat.GZIP, ImageFormat.RAW);
  }

  @Test
  void xzRoundTrip() throws IOException {
    Decompression.Unwrapped image = unwrapFile(xz(payload()));
    try (InputStream in = image.stream()) {
      assertThat(in.readAllBytes()).isEqualTo(payload());
    }
    assertThat(image.format()).isEqualTo(ImageFormat.RAW);
  }

  @Test
  void nestedLayersArePeeledInTurnAndTheImageDetectedInside() throws IOException {
    byte[] qcow2Like = payload();
    qcow2Like[0] = 'Q';
    qcow2Like[1] = 'F';
    qcow2Like[2] = 'I';
    qcow2Like[3] = (byte) 0xFB;
    Decompression.Unwrapped image = unwrapFile(gzip(xz(qcow2Like)));
    assertThat(image.layers()).containsExactly(ImageFormat.GZIP, ImageFormat.XZ, ImageFormat.QCOW2);
    try (InputStream in = image.stream()) {
      assertThat(in.readAllBytes()).isEqualTo(qcow2Like);
    }
  }

  @Test
  void unsupportedFormatsAreRefusedEvenInsideGzip() throws IOException {
    byte[] vmdk = "KDMV and more".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> unwrapFile(gzip(vmdk)))
        .hasMessageStartingWith("vmdk images are not supported");
    byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0};
    assertThatThrownBy(() -> Decompression.unwrap(new ByteArrayInputStream(zstd)))
        .hasMessageStartingWith("zstd-compressed images are not supported");
  }

  @Test
  void anEmptyStreamIsRaw() throws IOException {
    assertThat(Decompression.unwrap(new ByteArrayInputStream(new byte[0])).format())
        .isEqualTo(ImageFormat.RAW);
  }
}
