package io.jvirt.cdi.importer.volume;

import io.jvirt.cdi.contract.ImporterPod;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the image goes: {@code /data/disk.img} on a Filesystem volume, or the block device when
 * {@code /dev/cdi-block-volume} exists; and the scratch directory, if mounted.
 */
public record Target(boolean block, Path image, Path dataDir, Path scratchDir) {
  /** The scratch file a download is staged in (upstream's {@code tmpimage}). */
  public static final String SCRATCH_IMAGE = "tmpimage";

  /** The target in the importer pod's own paths. */
  public static Target inPod() {
    return detect(
        Path.of(ImporterPod.BLOCK_DEVICE),
        Path.of(ImporterPod.DATA_DIR),
        Path.of(ImporterPod.SCRATCH_DIR));
  }

  /** Block mode if {@code blockDevice} exists, else {@code disk.img} in {@code dataDir}. */
  public static Target detect(Path blockDevice, Path dataDir, Path scratchDir) {
    if (Files.exists(blockDevice)) {
      return new Target(true, blockDevice, dataDir, scratchDir);
    }
    return new Target(false, dataDir.resolve("disk.img"), dataDir, scratchDir);
  }

  /** Whether a scratch volume is mounted. */
  public boolean hasScratch() {
    return Files.isDirectory(scratchDir);
  }

  /** The staging file in scratch. */
  public Path scratchImage() {
    return scratchDir.resolve(SCRATCH_IMAGE);
  }

  /** Bytes the image may take: free space of the filesystem, or the device's size. */
  public long availableBytes() throws IOException {
    if (block) {
      // the JDK asks the kernel for a block device's size (BLKGETSIZE64)
      try (FileChannel device = FileChannel.open(image, StandardOpenOption.READ)) {
        return device.size();
      }
    }
    return Files.getFileStore(dataDir).getUsableSpace();
  }

  /** Flushes the image to stable storage (upstream fsyncs before exiting). */
  public void sync() throws IOException {
    if (Files.exists(image)) {
      try (FileChannel channel = FileChannel.open(image, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
    }
  }
}
