package io.jvirt.cdi.importer.clone;

import io.jvirt.cdi.contract.CloneSource;
import java.nio.file.Path;

/**
 * Where the clone source looks for its disk.
 *
 * @param blockDevice the device a Block source appears as
 * @param mountDir where a Filesystem source is mounted, {@code disk.img} in it
 * @param sysfsBlock sysfs's {@code /sys/dev/block}, asked for a block device's size
 */
public record SourcePaths(Path blockDevice, Path mountDir, Path sysfsBlock) {
  /** The source pod's own paths. */
  public static SourcePaths inPod() {
    return new SourcePaths(
        Path.of(CloneSource.BLOCK_DEVICE),
        Path.of(CloneSource.MOUNT_DIR),
        Path.of("/sys/dev/block"));
  }
}
