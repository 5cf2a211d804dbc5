package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import java.nio.file.Path;
import java.util.Locale;

/** Checks the flags of {@code image-upload} in upstream's order, with upstream's messages. */
final class UploadFlags {
  private UploadFlags() {}

  /** The request the flags describe, or the first complaint about them. */
  static UploadRequest check(ImageUploadCommand flags) {
    String size = size(flags);
    boolean archive = image(flags);
    String volumeMode = volumeMode(flags, archive);
    String name = flags.pvcName.isEmpty() ? namedByArgs(flags) : flags.pvcName;
    boolean claimForm =
        !flags.pvcName.isEmpty() || "pvc".equals(flags.args.get(0).toLowerCase(Locale.ROOT));
    creatable(flags, size);
    return new UploadRequest(
        claimForm,
        name,
        size,
        flags.storageClass,
        flags.accessMode,
        volumeMode,
        archive,
        flags.noCreate,
        flags.forceBind,
        Path.of(archive ? flags.archivePath : flags.imagePath),
        flags.readyTimeout());
  }

  private static String size(ImageUploadCommand flags) {
    if (!flags.size.isEmpty() && !flags.pvcSize.isEmpty()) {
      throw new CommandFailedException(
          "--pvc-size and --size can not be specified at the same time");
    }
    return flags.pvcSize.isEmpty() ? flags.size : flags.pvcSize;
  }

  /** Whether the file is an archive; exactly one of the two paths must be given. */
  private static boolean image(ImageUploadCommand flags) {
    if (flags.imagePath.isEmpty() && flags.archivePath.isEmpty()) {
      throw new CommandFailedException("either image-path or archive-path must be provided");
    }
    if (!flags.imagePath.isEmpty() && !flags.archivePath.isEmpty()) {
      throw new CommandFailedException(
          "cannot handle both image-path and archive-path, provide only one");
    }
    return !flags.archivePath.isEmpty();
  }

  private static String volumeMode(ImageUploadCommand flags, boolean archive) {
    String mode = flags.volumeMode;
    if (flags.blockVolume) {
      if (mode.isEmpty()) {
        mode = "block";
      } else if (!"block".equals(mode)) {
        throw new CommandFailedException(
            "incompatible --volume-mode '" + mode + "' and --block-volume");
      }
    }
    if (!mode.isEmpty() && !"block".equals(mode) && !"filesystem".equals(mode)) {
      throw new CommandFailedException(
          "Invalid volume mode '"
              + mode
              + "'. Valid values are 'block' and 'filesystem' (--volume-mode).");
    }
    if (archive && "block".equals(mode)) {
      throw new CommandFailedException(
          "In archive upload the volume mode should always be filesystem");
    }
    return mode;
  }

  private static String namedByArgs(ImageUploadCommand flags) {
    if (flags.args.size() != 2) {
      throw new CommandFailedException("expecting two args");
    }
    String type = flags.args.get(0).toLowerCase(Locale.ROOT);
    if (!"dv".equals(type) && !"pvc".equals(type)) {
      throw new CommandFailedException("invalid resource type " + flags.args.get(0));
    }
    return flags.args.get(1);
  }

  private static void creatable(ImageUploadCommand flags, String size) {
    if (!flags.pvcName.isEmpty() && !flags.args.isEmpty()) {
      throw new CommandFailedException("cannot use --pvc-name and args");
    }
    if (!flags.noCreate && size.isEmpty()) {
      throw new CommandFailedException(
          "when creating a resource, the size must be specified (--size)");
    }
    if (!size.isEmpty() && !size.matches(ImageUploadCommand.QUANTITY)) {
      throw new CommandFailedException(
          "validation failed for size="
              + size
              + ": quantities must match the regular expression '"
              + ImageUploadCommand.QUANTITY
              + "'");
    }
    if (!flags.noCreate && "ReadOnlyMany".equals(flags.accessMode)) {
      throw new CommandFailedException(
          "cannot upload to a readonly volume, use either ReadWriteOnce or ReadWriteMany if"
              + " supported");
    }
    if (flags.waitSecs < 0) {
      throw new CommandFailedException("invalid --wait-secs " + flags.waitSecs);
    }
  }
}
