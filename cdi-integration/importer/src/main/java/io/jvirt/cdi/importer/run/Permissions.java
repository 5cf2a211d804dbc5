package io.jvirt.cdi.importer.run;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Gives {@code disk.img} mode 0660, as upstream does after writing it. */
final class Permissions {
  private Permissions() {}

  static void restrict(Path image) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-rw----"));
    }
  }
}
