package io.jvirt.cdi.importer.decide;

/**
 * A Linux device number ({@code st_rdev}) as sysfs names it, {@code major:minor}: the JDK reports a
 * block device's size as 0 where it does not ask the kernel, and sysfs knows it.
 */
public final class BlockDeviceNumber {
  private BlockDeviceNumber() {}

  /** {@code major:minor} of {@code rdev} in glibc's encoding (gnu_dev_major, gnu_dev_minor). */
  public static String of(long rdev) {
    long major = ((rdev >>> 8) & 0xfffL) | ((rdev >>> 32) & 0xfffff000L);
    long minor = (rdev & 0xffL) | ((rdev >>> 12) & 0xffffff00L);
    return major + ":" + minor;
  }

  /** Bytes of a device whose sysfs {@code size} file reads {@code sectors} (512-byte units). */
  public static long bytes(String sectors) {
    try {
      return Long.parseLong(sectors.strip()) * 512L;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
