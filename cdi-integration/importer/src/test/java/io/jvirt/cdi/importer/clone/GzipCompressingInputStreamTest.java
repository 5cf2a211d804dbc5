package io.jvirt.cdi.importer.clone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** On-the-fly gzip: what the JDK's gunzip (and so the upload server) reads back. */
class GzipCompressingInputStreamTest {
  private static byte[] roundTrip(byte[] data) throws Exception {
    try (InputStream gz =
        new GZIPInputStream(
            new ByteArrayInputStream(
                GzipCompressingInputStream.of(new ByteArrayInputStream(data)).readAllBytes()))) {
      return gz.readAllBytes();
    }
  }

  @Test
  void randomDataComesBackUnchanged() throws Exception {
    byte[] data = new byte[3 * 65536 + 17];
    new Random(7).nextBytes(data);
    assertThat(roundTrip(data)).isEqualTo(data);
  }

  @Test
  void anEmptyStreamIsAValidEmptyGzip() throws Exception {
    assertThat(roundTrip(new byte[0])).isEmpty();
  }

  @Test
  void zerosShrinkAboutTwoHundredFold() throws Exception {
    byte[] zeros = new byte[16 * 1024 * 1024];
    byte[] compressed =
        GzipCompressingInputStream.of(new ByteArrayInputStream(zeros)).readAllBytes();
    assertThat(compressed.length).isLessThan(zeros.length / 200);
    assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
    assertThat(compressed[1] & 0xff).isEqualTo(0x8b);
  }

  @Test
  void singleByteReadsGiveTheSameStream() throws Exception {
    byte[] data = "a disk, a disk, a disk".repeat(100).getBytes();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = GzipCompressingInputStream.of(new ByteArrayInputStream(data))) {
      int b;
      while ((b = in.read()) >= 0) {
        bytes.write(b);
      }
    }
    try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(gz.readAllBytes()).isEqualTo(data);
    }
  }
}
