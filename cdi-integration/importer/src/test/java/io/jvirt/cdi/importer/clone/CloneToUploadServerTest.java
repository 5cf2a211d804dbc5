package io.jvirt.cdi.importer.clone;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.importer.decide.ImportSizes;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.decide.UploadSettings;
import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.image.QemuImgCli;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.run.Upload;
import io.jvirt.cdi.importer.upload.UploadEndpoint;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real clone source against the real upload server with the real qemu-img: the target's bytes
 * are the source's, and a sparse disk costs little on the wire.
 */
class CloneToUploadServerTest {
  static final long MIB = 1024L * 1024L;

  @TempDir Path tmp;
  private ProcessQemuImg qemu;
  private Path data;
  private UploadEndpoint endpoint;
  private CountingProxy proxy;

  @BeforeEach
  void dirs() throws Exception {
    qemu = QemuImgCli.require();
    data = Files.createDirectories(tmp.resolve("data"));
  }

  @AfterEach
  void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private URI startTarget(String imageSize) throws Exception {
    UploadSettings settings =
        new UploadSettings(ImportSizes.bytes(imageSize), BigDecimal.ZERO, false, "owner");
    Target target = Target.detect(tmp.resolve("no-block"), data, tmp.resolve("scratch"));
    ProgressCounter targetCounter = new ProgressCounter("owner");
    endpoint =
        UploadEndpoint.start(
            new InetSocketAddress("127.0.0.1", 0),
            () -> new Upload(settings, target, qemu, targetCounter, new TestClock()),
            targetCounter);
    proxy = CountingProxy.to(endpoint.port());
    return URI.create("http://127.0.0.1:" + proxy.port() + "/v1beta1/upload");
  }

  private Outcome cloneFrom(Path source, URI url, ProgressCounter counter) {
    return new CloneSender(
            CloneSender.client(),
            d -> {
              throw new AssertionError("no retry expected");
            },
            new TestClock())
        .send(url, new SourceDisk(source, false, sizeOf(source)), counter);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMostlyZeroDiskArrivesWholeAndSmallOnTheWire() throws Exception {
    Path source = tmp.resolve("source.img");
    byte[] noise = new byte[(int) MIB];
    new Random(11).nextBytes(noise);
    try (RandomAccessFile file = new RandomAccessFile(source.toFile(), "rw")) {
      file.setLength(64 * MIB);
      file.write(noise);
      file.seek(40 * MIB + 123);
      file.write("a boot sector elsewhere".getBytes());
      file.seek(64 * MIB - 4096);
      file.write(noise, 0, 4096);
    }
    URI url = startTarget("64Mi");
    ProgressCounter counter = ProgressCounter.forClone("dv");

    Outcome outcome = cloneFrom(source, url, counter);

    assertThat(outcome).isEqualTo(new Outcome(0, TerminationMessages.cloneComplete()));
    Path disk = data.resolve("disk.img");
    assertThat(Files.size(disk)).isEqualTo(64 * MIB);
    assertThat(Files.mismatch(source, disk)).isEqualTo(-1L);
    assertThat(counter.value()).isEqualTo(100.0);
    long onTheWire = proxy.sent();
    System.out.printf(
        "clone of a %d-byte disk (1 MiB + 4 KiB + 23 bytes of data): %d bytes on the wire%n",
        64 * MIB, onTheWire);
    // the 1 MiB of noise does not compress; the fastest level shrinks the 63 MiB of zeros ~230-fold
    assertThat(onTheWire).isBetween(MIB, MIB + 512 * 1024);
  }

  @Test
  void aSmallDiskIsGrownToTheTargetSize() throws Exception {
    Path source = tmp.resolve("source.img");
    byte[] content = new byte[(int) (2 * MIB)];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 251);
    }
    Files.write(source, content);
    URI url = startTarget("8Mi");

    assertThat(cloneFrom(source, url, ProgressCounter.forClone("dv")).exitCode()).isZero();

    Path disk = data.resolve("disk.img");
    assertThat(qemu.info(disk).virtualSize()).isEqualTo(8 * MIB);
    try (InputStream in = Files.newInputStream(disk)) {
      assertThat(in.readNBytes(content.length)).isEqualTo(content);
      assertThat(in.readAllBytes()).containsOnly(0);
    }
  }

  @Test
  void aDiskLargerThanTheTargetIsRefusedWithTheServersReason() throws Exception {
    Path source = tmp.resolve("source.img");
    byte[] content = new byte[(int) (3 * MIB)];
    new Random(5).nextBytes(content);
    Files.write(source, content);
    URI url = startTarget("2Mi");

    Outcome outcome = cloneFrom(source, url, ProgressCounter.forClone("dv"));

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.message())
        .startsWith("Unable to process data: upload server answered 400: Saving stream failed:")
        .contains("larger than the reported available storage 2097152");
    assertThat(data.resolve("disk.img")).doesNotExist();
  }
}
