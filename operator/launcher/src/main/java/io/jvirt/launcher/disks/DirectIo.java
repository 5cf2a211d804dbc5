package io.jvirt.launcher.disks;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether the launcher's disk directory supports O_DIRECT: QEMU's {@code cache=none} needs it
 * (tmpfs, for one, refuses it), else upstream falls back to {@code writethrough}.
 */
final class DirectIo {
  private DirectIo() {}

  static boolean supported(Path dir) {
    Path probe = dir.resolve(".direct-io-probe");
    try {
      Files.createDirectories(dir);
      try (FileChannel channel =
          FileChannel.open(
              probe,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              ExtendedOpenOption.DIRECT)) {
        return channel.isOpen();
      }
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException e) {
        // a leftover probe file is harmless
      }
    }
  }
}
