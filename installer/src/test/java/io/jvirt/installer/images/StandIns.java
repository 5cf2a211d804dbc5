package io.jvirt.installer.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

/**
 * Small stand-ins for what image builds read, so tests build real image tars in about a second: a
 * Java runtime already "linked" in the cache (no jlink), a few jars, a containerDisk image.
 */
public final class StandIns {
  private StandIns() {}

  /** Puts a runtime where {@link JavaRuntime#linked} finds it in {@code cache}. */
  public static void runtime(Path cache) throws Exception {
    Path runtime = JavaRuntime.home(cache);
    Files.createDirectories(runtime.resolve("lib"));
    Path java = Files.createDirectories(runtime.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A libs folder with the CDI jars and one third-party jar. */
  public static Path libs(Path dir) throws Exception {
    Path libs = Files.createDirectories(dir);
    for (String jar :
        List.of("jvirt-cdi-file-host-0.1.0.jar", "jvirt-cdi-importer-0.1.0.jar", "xz-1.9.jar")) {
      Files.writeString(libs.resolve(jar), jar);
    }
    return libs;
  }

  /** A one-layer image tar holding /disk/disk.qcow2, as hack/guest-images makes them. */
  public static Path containerDisk(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path qcow2 = Files.writeString(dir.resolve("disk.qcow2"), "QFI\u00fb stand-in");
    Path tar = dir.resolve("container-disk.tar");
    Jib.fromScratch()
        .addFileEntriesLayer(
            FileEntriesLayer.builder()
                .addEntry(
                    qcow2,
                    AbsoluteUnixPath.get("/disk/disk.qcow2"),
                    FilePermissions.fromOctalString("440"))
                .build())
        .setFormat(ImageFormat.Docker)
        .setCreationTime(Instant.EPOCH)
        .containerize(
            Containerizer.to(TarImage.at(tar).named("localhost/jvirt/disk:0.1.0"))
                .setOfflineMode(true));
    return tar;
  }
}
