package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ImportSizes;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A blank disk (source {@code none}): a sparse raw {@code disk.img} of the requested size less the
 * overhead, or nothing on a block device (upstream handleEmptyImage).
 */
final class BlankStep {
  private final ImporterSettings settings;
  private final Target target;
  private final QemuImg qemu;

  BlankStep(ImporterSettings settings, Target target, QemuImg qemu) {
    this.settings = settings;
    this.target = target;
    this.qemu = qemu;
  }

  void run() throws IOException {
    if (target.block()) {
      if (settings.preallocation()) {
        throw new ImportFailure("preallocating a blank block volume is not supported yet");
      }
      return;
    }
    long size =
        ImportSizes.targetSize(
            settings.imageSize(), target.availableBytes(), settings.filesystemOverhead());
    if (size <= 0) {
      throw new ImportFailure("no size for the blank image: IMPORTER_IMAGE_SIZE is missing");
    }
    Files.deleteIfExists(target.image());
    qemu.createRaw(target.image(), size, settings.preallocation());
    Permissions.restrict(target.image());
  }
}
