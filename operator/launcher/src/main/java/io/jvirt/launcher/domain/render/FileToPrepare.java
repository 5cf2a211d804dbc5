package io.jvirt.launcher.domain.render;

/**
 * A file or directory the launcher runtime must create (or check) before it defines and starts the
 * domain; each kind says how. Every path is absolute, inside the compute container.
 */
public sealed interface FileToPrepare {
  /** The absolute path. */
  String path();

  /** A directory to create with its parents, e.g. the VMI's private socket directory. */
  record Directory(String path) implements FileToPrepare {}

  /**
   * A qcow2 overlay over a read-only image (containerDisk, ephemeral PVC): {@code qemu-img create
   * -f qcow2 -b backing -F backingFormat path}, unless it exists.
   */
  record Overlay(String path, String backingFile, String backingFormat) implements FileToPrepare {}

  /** A sparse image of {@code format} (raw or qcow2) and size, created only when missing. */
  record BlankImage(String path, String format, long sizeBytes) implements FileToPrepare {}

  /**
   * An image that must already exist: a PVC or DataVolume's {@code disk.img}, a block device, a
   * host disk of type Disk. For a filesystem PVC upstream creates a blank {@code disk.img} filling
   * the claim when it is missing.
   */
  record ExistingImage(String path, String volumeName) implements FileToPrepare {}

  /** The cloud-init ISO of {@code volumeName}, built from CloudInitRenderer's files. */
  record CloudInitIso(String path, String volumeName) implements FileToPrepare {}

  /** An ISO made from the files of a mounted directory (ConfigMap, Secret, service account). */
  record ConfigIso(String path, String sourceDirectory, String volumeLabel)
      implements FileToPrepare {}

  /** An EFI variable store; libvirt copies {@code template} when the file is missing. */
  record Nvram(String path, String template) implements FileToPrepare {}

  /** An empty file to create if missing, e.g. the serial console log the log container tails. */
  record EmptyFile(String path) implements FileToPrepare {}

  /** A unix socket QEMU creates; the runtime only removes a stale one left from a previous run. */
  record Socket(String path) implements FileToPrepare {}
}
