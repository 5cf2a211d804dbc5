package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jvirt.cdi.importer.decide.DiskSelection.Verdict;
import org.junit.jupiter.api.Test;

/** The one file under /disk of a containerDisk image, and what is refused. */
class DiskSelectionTest {
  @Test
  void theOneFileUnderDiskIsTheDiskAndTheRestIsSkipped() {
    DiskSelection selection = new DiskSelection();
    assertThat(selection.accept("etc/passwd", true)).isEqualTo(Verdict.SKIP);
    assertThat(selection.accept("disk", false)).isEqualTo(Verdict.SKIP);
    assertThat(selection.accept("diskette/x", true)).isEqualTo(Verdict.SKIP);
    assertThat(selection.accept("disk/disk.qcow2", true)).isEqualTo(Verdict.DISK);
    assertThat(selection.accept("usr/bin/x", true)).isEqualTo(Verdict.SKIP);
    selection.requireDisk();
  }

  @Test
  void leadingDotSlashAndSlashAreTheSamePath() {
    assertThat(new DiskSelection().accept("./disk/a.img", true)).isEqualTo(Verdict.DISK);
    assertThat(new DiskSelection().accept("/disk/a.img", true)).isEqualTo(Verdict.DISK);
    assertThat(new DiskSelection().accept("./disk/", false)).isEqualTo(Verdict.SKIP);
  }

  @Test
  void noFileUnderDiskFails() {
    DiskSelection selection = new DiskSelection();
    selection.accept("disk", false);
    selection.accept("etc/hosts", true);
    assertThatThrownBy(selection::requireDisk)
        .isInstanceOf(ImportFailure.class)
        .hasMessageStartingWith("image has no disk file in /disk");
  }

  @Test
  void twoFilesUnderDiskFailNamingBoth() {
    DiskSelection selection = new DiskSelection();
    selection.accept("disk/a.qcow2", true);
    assertThatThrownBy(() -> selection.accept("disk/b.raw", true))
        .hasMessage("image directory /disk contains more than one file: a.qcow2, b.raw");
  }

  @Test
  void aDirectoryOrLinkUnderDiskIsNoDisk() {
    assertThatThrownBy(() -> new DiskSelection().accept("disk/sub", false))
        .hasMessage("/disk/sub of the image is not a regular file");
    assertThatThrownBy(() -> new DiskSelection().accept("disk/sub/disk.img", true))
        .hasMessage("/disk/sub of the image is not a regular file");
    assertThatThrownBy(() -> new DiskSelection().accept("disk/link.img", false))
        .hasMessage("/disk/link.img of the image is not a regular file");
  }
}
