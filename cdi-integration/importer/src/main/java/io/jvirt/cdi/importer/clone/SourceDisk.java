package io.jvirt.cdi.importer.clone;

import io.jvirt.cdi.importer.decide.BlockDeviceNumber;
import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The disk the clone source reads: the block device if the pod has one, else {@code disk.img} in
 * the mounted source PVC.
 *
 * @param size bytes, -1 when a block device's size cannot be found (progress then stays at 0)
 */
public record SourceDisk(Path path, boolean block, long size) {

  /** Finds the disk; fails when a Filesystem source has no {@code disk.img}. */
  public static SourceDisk locate(SourcePaths paths) throws IOException {
    if (Files.exists(paths.blockDevice())) {
      return new SourceDisk(
          paths.blockDevice(), true, blockSize(paths.blockDevice(), paths.sysfsBlock()));
    }
    Path disk = paths.mountDir().resolve("disk.img");
    if (!Files.isRegularFile(disk)) {
      throw new ImportFailure("source disk.img not found in " + paths.mountDir());
    }
    return new SourceDisk(disk, false, Files.size(disk));
  }

  /** Opens the disk for one pass from its start. */
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }

  private static long blockSize(Path device, Path sysfsBlock) throws IOException {
    try (FileChannel channel = FileChannel.open(device, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > 0) {
        return size;
      }
    }
    try {
      long rdev = ((Number) Files.getAttribute(device, "unix:rdev")).longValue();
      Path sectors = sysfsBlock.resolve(BlockDeviceNumber.of(rdev)).resolve("size");
      long size = BlockDeviceNumber.bytes(Files.readString(sectors));
      return size > 0 ? size : -1;
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
  }
}
