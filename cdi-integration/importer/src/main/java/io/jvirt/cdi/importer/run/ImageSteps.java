package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImageValidation;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ImportSizes;
import io.jvirt.cdi.importer.decide.ScratchSpaceRequired;
import io.jvirt.cdi.importer.decide.TargetOptions;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * The steps an image stream takes to a raw disk on the target, shared by http imports and uploads:
 * stage in scratch, check, convert, or write raw straight to the target; then grow to the target
 * size (cdi.md section 5.2).
 */
final class ImageSteps {
  private final TargetOptions options;
  private final Target target;
  private final QemuImg qemu;
  private final ProgressCounter counter;
  private ImageInfo info;

  ImageSteps(TargetOptions options, Target target, QemuImg qemu, ProgressCounter counter) {
    this.options = options;
    this.target = target;
    this.qemu = qemu;
    this.counter = counter;
  }

  /** Fails asking for scratch space if none is mounted. */
  void requireScratch() {
    if (!target.hasScratch()) {
      throw new ScratchSpaceRequired();
    }
  }

  /** Copies the (decompressed) image into scratch. */
  void stage(InputStream image) throws IOException {
    requireScratch();
    Files.copy(image, target.scratchImage(), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Checks the staged image against the target size. */
  void validateStaged() throws IOException {
    info = qemu.info(target.scratchImage());
    ImageValidation.validate(info, targetSize());
  }

  /** Converts the staged image to raw on the target and drops the staged copy. */
  void convert() throws IOException {
    if (!target.block()) {
      Files.deleteIfExists(target.image());
    }
    qemu.convert(target.scratchImage(), target.image(), options.directIo(), counter::advanceTo);
    Files.deleteIfExists(target.scratchImage());
  }

  /**
   * Writes a raw image straight to the target, refusing it once it outgrows the target size.
   *
   * @param expectedSize the image's size if known in advance, else -1
   */
  void writeRaw(InputStream image, long expectedSize) throws IOException {
    long limit = target.block() ? target.availableBytes() : targetSize();
    if (limit >= 0 && expectedSize > limit) {
      throw new ImportFailure(ImageValidation.tooLarge(expectedSize, limit));
    }
    RawWriter.write(image, target, limit, !options.preallocation());
    if (!target.block()) {
      info = qemu.info(target.image());
      ImageValidation.validate(info, targetSize());
    }
  }

  /** Grows a Filesystem image to the target size and restricts its mode. */
  void resize() throws IOException {
    if (target.block()) {
      return;
    }
    long size = targetSize();
    if (size > 0 && info.virtualSize() < size) {
      qemu.resize(target.image(), size, options.preallocation());
    }
    ImageValidation.validate(qemu.info(target.image()), size);
    Permissions.restrict(target.image());
  }

  /** Removes what a failed attempt left: the staged copy and a partial {@code disk.img}. */
  void discard() {
    try {
      Files.deleteIfExists(target.scratchImage());
      if (!target.block()) {
        Files.deleteIfExists(target.image());
      }
    } catch (IOException e) {
      System.getLogger(ImageSteps.class.getName())
          .log(System.Logger.Level.WARNING, "cannot clean up after a failed upload", e);
    }
  }

  /** Upstream calculateTargetSize: smaller of request and space, less the overhead. */
  private long targetSize() throws IOException {
    return ImportSizes.targetSize(
        options.imageSize(),
        target.availableBytes(),
        target.block() ? BigDecimal.ZERO : options.filesystemOverhead());
  }
}
