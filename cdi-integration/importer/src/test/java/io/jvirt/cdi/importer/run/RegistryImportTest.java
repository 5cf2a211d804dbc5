package io.jvirt.cdi.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.image.QemuImgCli;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.registry.CraneExport;
import io.jvirt.cdi.importer.registry.TestTar;
import io.jvirt.cdi.importer.volume.Target;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole registry imports through {@link CraneExport} with a stand-in crane (a script printing an
 * image tar, or crane's error): the disk under /disk converted to raw, and each failure's reason.
 */
class RegistryImportTest {
  private static final long MIB = 1024L * 1024L;

  @TempDir Path tmp;
  private ProcessQemuImg qemu;
  private Path data;
  private Path scratch;
  private byte[] content;
  private byte[] qcow2;

  @BeforeEach
  void image() throws Exception {
    qemu = QemuImgCli.require();
    data = Files.createDirectories(tmp.resolve("data"));
    scratch = Files.createDirectories(tmp.resolve("scratch"));
    content = new byte[(int) MIB];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 239);
    }
    Path raw = Files.write(tmp.resolve("source.raw"), content);
    Path converted = tmp.resolve("disk.qcow2");
    QemuImgCli.run("convert", "-f", "raw", "-O", "qcow2", raw.toString(), converted.toString());
    qcow2 = Files.readAllBytes(converted);
  }

  /** A crane that logs its arguments and environment, then prints {@code tar} or fails. */
  private Path crane(byte[] tar, String error) throws Exception {
    Path image = Files.write(tmp.resolve("image.tar"), tar);
    Path script = tmp.resolve("crane");
    Files.writeString(
        script,
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$@\" > " + tmp.resolve("args"),
            "echo \"DOCKER_CONFIG=$DOCKER_CONFIG SSL_CERT_DIR=$SSL_CERT_DIR\" > "
                + tmp.resolve("env"),
            "if [ -n \"$DOCKER_CONFIG\" ]; then cp \"$DOCKER_CONFIG/config.json\" "
                + tmp.resolve("config.json")
                + "; fi",
            error.isEmpty() ? "exec cat " + image : "echo 'Error: " + error + "' >&2; exit 1",
            ""));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private Outcome importWith(Path crane, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    env.put("IMPORTER_SOURCE", "registry");
    env.put("IMPORTER_ENDPOINT", "docker://10.96.0.12:5000/jvirt/cirros:0.1.0");
    env.put("IMPORTER_IMAGE_SIZE", "64Mi");
    env.put("FILESYSTEM_OVERHEAD", "0");
    env.put("IMPORTER_PULL_METHOD", "pod");
    env.putAll(extra);
    ImporterSettings settings = ImporterSettings.fromEnv(env);
    Target target = Target.detect(tmp.resolve("no-block-device"), data, scratch);
    ProgressCounter counter = new ProgressCounter("owner");
    Outcome outcome =
        new Importer(
                settings,
                target,
                qemu,
                () -> {
                  throw new AssertionError("registry imports read no http source");
                },
                new CraneExport(settings, crane.toString(), List.of("/certs")),
                counter,
                new TestClock())
            .run();
    if (outcome.message().contains("Import Complete")) {
      assertThat(counter.value()).isEqualTo(100.0);
    }
    return outcome;
  }

  @Test
  void theDiskUnderDiskBecomesARawDiskImg() throws Exception {
    byte[] tar =
        new TestTar()
            .dir("disk")
            .file("etc/os-release", new byte[100])
            .file("disk/disk.qcow2", qcow2)
            .bytes();
    Outcome outcome =
        importWith(
            crane(tar, ""),
            Map.of(
                "INSECURE_TLS", "true",
                "IMPORTER_ACCESS_KEY_ID", "user",
                "IMPORTER_SECRET_KEY", "pass"));
    assertThat(outcome.exitCode()).as(outcome.message()).isZero();
    assertThat(outcome.message()).contains("Import Complete");
    ImageInfo info = qemu.info(data.resolve("disk.img"));
    assertThat(info.format()).isEqualTo("raw");
    assertThat(info.virtualSize()).isEqualTo(64 * MIB);
    try (InputStream in = Files.newInputStream(data.resolve("disk.img"))) {
      assertThat(in.readNBytes(content.length)).isEqualTo(content);
    }
    assertThat(scratch.resolve("tmpimage")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("args")).strip())
        .isEqualTo("export --insecure 10.96.0.12:5000/jvirt/cirros:0.1.0 -");
    assertThat(Files.readString(tmp.resolve("env"))).contains("SSL_CERT_DIR=/certs");
    assertThat(Files.readString(tmp.resolve("config.json")))
        .isEqualTo("{\"auths\":{\"10.96.0.12:5000\":{\"auth\":\"dXNlcjpwYXNz\"}}}");
  }

  @Test
  void cranesErrorEndsTheImportNamingIt() throws Exception {
    Outcome outcome =
        importWith(
            crane(
                new byte[0],
                "pulling 10.96.0.12:5000/jvirt/cirros:0.1.0: MANIFEST_UNKNOWN: Unknown manifest"),
            Map.of());
    assertThat(outcome)
        .isEqualTo(
            new Outcome(
                1,
                "Unable to process data: Failed to read registry image: pulling"
                    + " 10.96.0.12:5000/jvirt/cirros:0.1.0: MANIFEST_UNKNOWN: Unknown manifest"));
    assertThat(Files.readString(tmp.resolve("env"))).contains("DOCKER_CONFIG= ");
  }

  @Test
  void anImageWithoutADiskFails() throws Exception {
    byte[] tar = new TestTar().file("etc/os-release", new byte[10]).bytes();
    Outcome outcome = importWith(crane(tar, ""), Map.of());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.message())
        .startsWith("Unable to process data: image has no disk file in /disk");
  }

  @Test
  void anImageWithTwoDisksFails() throws Exception {
    byte[] tar = new TestTar().file("disk/a.qcow2", qcow2).file("disk/b.qcow2", qcow2).bytes();
    Outcome outcome = importWith(crane(tar, ""), Map.of());
    assertThat(outcome.message())
        .isEqualTo(
            "Unable to process data: image directory /disk contains more than one file:"
                + " a.qcow2, b.qcow2");
  }

  @Test
  void withoutScratchItAsksForScratch() throws Exception {
    Files.delete(scratch);
    Outcome outcome = importWith(crane(new byte[0], "unused"), Map.of());
    assertThat(outcome.message()).contains("scratchSpaceRequired");
  }
}
