package io.jvirt.installer.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.installer.model.InstallSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDI images as built: cdi-importer beside the node images, cdi-file-host on a containerDisk
 * image; on a stand-in Java runtime and stand-in jars, so no jlink runs.
 */
class ComponentImagesTest {
  @TempDir Path dir;

  private Path cache;
  private Path libs;
  private Path out;
  private Path disk;
  private final InstallSettings settings = InstallSettings.defaults();

  @BeforeEach
  void setUp() throws Exception {
    cache = dir.resolve("cache");
    StandIns.runtime(cache);
    libs = StandIns.libs(dir.resolve("libs"));
    out = dir.resolve("out");
    disk = StandIns.containerDisk(dir.resolve("disk"));
  }

  @Test
  void fileHostServesTheContainerDiskItIsBuiltOn() throws Exception {
    BuiltImage image = ComponentImages.buildFileHost(disk, libs, out, cache, settings);

    assertThat(image.reference()).isEqualTo("localhost/jvirt/cdi-file-host:0.1.0");
    assertThat(image.tar()).isEqualTo(out.resolve("cdi-file-host.tar"));
    ImageArchive archive = ImageArchive.read(image.tar());
    assertThat(archive.entrypoint())
        .containsExactly(
            "java",
            "-cp",
            "@/app/jib-classpath-file",
            "io.jvirt.cdi.filehost.FileHostMain",
            "/disk");
    assertThat(archive.user()).isEqualTo("107");
    assertThat(archive.layers().get(0)).contains("disk/disk.qcow2");
    assertThat(archive.files())
        .contains(
            "opt/java/bin/java",
            "etc/passwd",
            "tmp/",
            "app/jib-classpath-file",
            "app/libs/jvirt-cdi-file-host-0.1.0.jar");
  }

  @Test
  void fileHostNeedsTheContainerDiskTar() {
    assertThatThrownBy(
            () ->
                ComponentImages.buildFileHost(
                    dir.resolve("missing.tar"), libs, out, cache, settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hack/guest-images");
  }

  @Test
  void importerIsBuiltWithTheNodeImages() throws Exception {
    Path helper = Files.writeString(dir.resolve("container-disk"), "helper");
    Path crane = Files.writeString(dir.resolve("crane"), "crane");

    List<BuiltImage> images =
        ComponentImages.buildNode(disk, helper, crane, libs, out, cache, settings);

    assertThat(images)
        .extracting(BuiltImage::reference)
        .containsExactly(
            "localhost/jvirt/virt-handler:0.1.0",
            "localhost/jvirt/virt-launcher:0.1.0",
            "localhost/jvirt/cdi-importer:0.1.0");
    ImageArchive importer = ImageArchive.read(out.resolve("cdi-importer.tar"));
    assertThat(importer.entrypoint()).startsWith("java").contains("-Xmx64m");
    assertThat(importer.entrypoint())
        .endsWith("-cp", "@/app/jib-classpath-file", "io.jvirt.cdi.importer.ImporterMain");
    assertThat(importer.user()).isEqualTo("107");
    assertThat(importer.files()).contains("app/libs/jvirt-cdi-importer-0.1.0.jar", "usr/bin/crane");
    assertThat(ImageArchive.read(out.resolve("virt-handler.tar")).user()).isEqualTo("0");
  }

  @Test
  void theTestRegistryIsCraneServingFromScratch() throws Exception {
    Path crane = Files.writeString(dir.resolve("crane"), "crane");

    BuiltImage image = ComponentImages.buildTestRegistry(crane, out, settings);

    assertThat(image.reference()).isEqualTo("localhost/jvirt/test-registry:0.1.0");
    ImageArchive archive = ImageArchive.read(image.tar());
    assertThat(archive.entrypoint())
        .containsExactly(
            "/usr/bin/crane", "registry", "serve", "--address", ":5000", "--disk", "/registry");
    assertThat(archive.user()).isEqualTo("107");
    assertThat(archive.files()).contains("usr/bin/crane", "registry/", "tmp/");
    assertThatThrownBy(
            () -> ComponentImages.buildTestRegistry(dir.resolve("no-crane"), out, settings))
        .hasMessageContaining("hack/crane");
  }
}
