package io.jvirt.cdi.importer.clone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.ImportFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the source disk and its size. */
class SourceDiskTest {
  @TempDir Path tmp;

  private SourcePaths paths() {
    return new SourcePaths(tmp.resolve("no-block"), tmp.resolve("source"), tmp.resolve("sys"));
  }

  @Test
  void aFilesystemSourceIsDiskImgInTheMount() throws Exception {
    Path disk =
        Files.write(
            Files.createDirectories(tmp.resolve("source")).resolve("disk.img"), new byte[1234]);
    assertThat(SourceDisk.locate(paths())).isEqualTo(new SourceDisk(disk, false, 1234));
  }

  @Test
  void aMountWithoutDiskImgIsNamed() throws Exception {
    Files.createDirectories(tmp.resolve("source"));
    assertThatThrownBy(() -> SourceDisk.locate(paths()))
        .isInstanceOf(ImportFailure.class)
        .hasMessage("source disk.img not found in " + tmp.resolve("source"));
  }

  @Test
  void aBlockDeviceWinsAndItsSizeComesFromTheChannel() throws Exception {
    Path device = Files.write(tmp.resolve("block"), new byte[4096]);
    SourcePaths paths = new SourcePaths(device, tmp.resolve("source"), tmp.resolve("sys"));
    assertThat(SourceDisk.locate(paths)).isEqualTo(new SourceDisk(device, true, 4096));
  }

  @Test
  void aBlockDeviceTheChannelSaysIsEmptyIsSizedBySysfs() throws Exception {
    // a regular file stands in: its device number is 0:0
    Path device = Files.createFile(tmp.resolve("block"));
    Path sys = tmp.resolve("sys");
    Files.writeString(Files.createDirectories(sys.resolve("0:0")).resolve("size"), "131072\n");
    SourcePaths paths = new SourcePaths(device, tmp.resolve("source"), sys);
    assertThat(SourceDisk.locate(paths).size()).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void aBlockDeviceOfUnknownSizeIsStillSent() throws Exception {
    Path device = Files.createFile(tmp.resolve("block"));
    SourcePaths paths = new SourcePaths(device, tmp.resolve("source"), tmp.resolve("no-sys"));
    assertThat(SourceDisk.locate(paths).size()).isEqualTo(-1);
  }
}
