package io.jvirt.cdi.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.http.HttpImageSource;
import io.jvirt.cdi.importer.http.TlsTrust;
import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.image.QemuImgCli;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.volume.Target;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole imports into a temp /data: http qcow2 (plain and gzip) from a local server, and blank. */
class ImporterTest {
  private static final long MIB = 1024L * 1024L;

  @TempDir Path tmp;
  private ProcessQemuImg qemu;
  private Path served;
  private Path data;
  private Path scratch;
  private byte[] content;

  @BeforeEach
  void images() throws Exception {
    qemu = QemuImgCli.require();
    served = Files.createDirectories(tmp.resolve("served"));
    data = Files.createDirectories(tmp.resolve("data"));
    scratch = Files.createDirectories(tmp.resolve("scratch"));
    content = new byte[(int) (2 * MIB)];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 241);
    }
    Path raw = tmp.resolve("source.raw");
    Files.write(raw, content);
    Path qcow2 = served.resolve("disk.qcow2");
    QemuImgCli.run("convert", "-f", "raw", "-O", "qcow2", raw.toString(), qcow2.toString());
    try (InputStream in = Files.newInputStream(qcow2);
        OutputStream gz =
            new GZIPOutputStream(Files.newOutputStream(served.resolve("disk.qcow2.gz")))) {
      in.transferTo(gz);
    }
  }

  private Outcome importFrom(ImageServer server, String name, Map<String, String> extra)
      throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("IMPORTER_SOURCE", "http");
    env.put("IMPORTER_ENDPOINT", server.uri(name).toString());
    env.put("IMPORTER_IMAGE_SIZE", "64Mi");
    env.put("FILESYSTEM_OVERHEAD", "0");
    env.put("OWNER_UID", "owner");
    env.putAll(extra);
    ImporterSettings settings = ImporterSettings.fromEnv(env);
    Target target = Target.detect(tmp.resolve("no-block-device"), data, scratch);
    ProgressCounter counter = new ProgressCounter("owner");
    HttpImageSource source =
        new HttpImageSource(
            server.uri(name),
            TlsTrust.trusting(List.of()),
            settings.accessKeyId(),
            settings.secretKey(),
            settings.extraHeaders());
    Outcome outcome =
        new Importer(settings, target, qemu, () -> source, counter, new TestClock()).run();
    if (outcome.exitCode() == 0 && outcome.message().contains("Import Complete")) {
      assertThat(counter.value()).isEqualTo(100.0);
    }
    return outcome;
  }

  private void assertImported() throws Exception {
    Path disk = data.resolve("disk.img");
    ImageInfo info = qemu.info(disk);
    assertThat(info.format()).isEqualTo("raw");
    assertThat(info.virtualSize()).isEqualTo(64 * MIB);
    try (InputStream in = Files.newInputStream(disk)) {
      assertThat(in.readNBytes(content.length)).isEqualTo(content);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(disk)))
        .isEqualTo("rw-rw----");
    assertThat(scratch.resolve("tmpimage")).doesNotExist();
  }

  @Test
  void importsAQcow2OverHttpIntoRawDiskImg() throws Exception {
    try (ImageServer server = new ImageServer(served)) {
      Outcome outcome =
          importFrom(
              server,
              "disk.qcow2",
              Map.of("IMPORTER_ACCESS_KEY_ID", "user", "IMPORTER_SECRET_KEY", "pass"));
      assertThat(outcome)
          .isEqualTo(
              new Outcome(
                  0,
                  "{\"preallocationApplied\":false,\"labels\":{},\"message\":\"Import"
                      + " Complete\"}"));
      assertThat(server.authorizations).containsExactly("Basic dXNlcjpwYXNz");
      assertThat(server.userAgents).containsExactly("cdi-golang-importer");
    }
    assertImported();
  }

  @Test
  void importsAGzippedQcow2() throws Exception {
    try (ImageServer server = new ImageServer(served)) {
      assertThat(importFrom(server, "disk.qcow2.gz", Map.of()).exitCode()).isZero();
    }
    assertImported();
  }

  @Test
  void withoutScratchItAsksForScratch() throws Exception {
    Files.delete(scratch);
    try (ImageServer server = new ImageServer(served)) {
      assertThat(importFrom(server, "disk.qcow2", Map.of()))
          .isEqualTo(
              new Outcome(
                  0, "{\"scratchSpaceRequired\":true,\"message\":\"scratch space required\"}"));
    }
  }

  @Test
  void notFoundFailsWithTheStatus() throws Exception {
    try (ImageServer server = new ImageServer(served)) {
      Outcome outcome = importFrom(server, "missing.qcow2", Map.of());
      assertThat(outcome.exitCode()).isEqualTo(1);
      assertThat(outcome.message())
          .startsWith("Unable to process data: expected status code 200, got 404");
    }
  }

  @Test
  void anImageLargerThanTheRequestIsRefused() throws Exception {
    try (ImageServer server = new ImageServer(served)) {
      Outcome outcome = importFrom(server, "disk.qcow2", Map.of("IMPORTER_IMAGE_SIZE", "1Mi"));
      assertThat(outcome.exitCode()).isEqualTo(1);
      assertThat(outcome.message())
          .isEqualTo(
              "Unable to process data: virtual image size 2097152 is larger than the reported"
                  + " available storage 1048576. A larger PVC is required");
    }
  }

  @Test
  void blankCreatesASparseDiskOfTheUsableSize() throws Exception {
    ImporterSettings settings =
        ImporterSettings.fromEnv(
            Map.of(
                "IMPORTER_SOURCE", "none",
                "IMPORTER_IMAGE_SIZE", "100Mi",
                "FILESYSTEM_OVERHEAD", "0.055"));
    Target target = Target.detect(tmp.resolve("no-block-device"), data, scratch);
    Outcome outcome =
        new Importer(
                settings,
                target,
                qemu,
                () -> {
                  throw new AssertionError("blank imports read nothing");
                },
                new ProgressCounter(""),
                new TestClock())
            .run();
    assertThat(outcome.exitCode()).isZero();
    ImageInfo info = qemu.info(data.resolve("disk.img"));
    // 100 MiB / 1.055 = 94.79 MiB -> 94 MiB
    assertThat(info.virtualSize()).isEqualTo(94 * MIB);
    assertThat(info.actualSize()).isLessThan(MIB);
  }
}
