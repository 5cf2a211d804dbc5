package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.DataProcessor;
import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImageValidation;
import io.jvirt.cdi.importer.decide.ImportPhase;
import io.jvirt.cdi.importer.decide.ImportSizes;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.decide.ScratchSpaceRequired;
import io.jvirt.cdi.importer.http.ImageSource;
import io.jvirt.cdi.importer.image.Decompression;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.ProgressInputStream;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * The steps of an http import of a disk image: download (decompressing) into scratch, check the
 * image, convert it to raw on the target, grow it to the target size (cdi.md section 5.2).
 */
final class HttpSteps {
  private final ImporterSettings settings;
  private final Target target;
  private final QemuImg qemu;
  private final ImageSource source;
  private final ProgressCounter counter;
  private final Clock clock;
  private ImageInfo info;

  HttpSteps(
      ImporterSettings settings,
      Target target,
      QemuImg qemu,
      ImageSource source,
      ProgressCounter counter,
      Clock clock) {
    this.settings = settings;
    this.target = target;
    this.qemu = qemu;
    this.source = source;
    this.counter = counter;
    this.clock = clock;
  }

  void register(DataProcessor processor) {
    processor
        .on(ImportPhase.TRANSFER_SCRATCH, this::transferScratch)
        .on(ImportPhase.VALIDATE, this::validate)
        .on(ImportPhase.CONVERT, this::convert)
        .on(ImportPhase.RESIZE, this::resize);
  }

  private void transferScratch() throws IOException {
    if (!target.hasScratch()) {
      throw new ScratchSpaceRequired();
    }
    ImageSource.Body body = source.open();
    try (InputStream raw =
            new ProgressInputStream(body.stream(), body.contentLength(), counter, clock);
        InputStream image = Decompression.unwrap(raw).stream()) {
      Files.copy(image, target.scratchImage(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void validate() throws IOException {
    info = qemu.info(target.scratchImage());
    ImageValidation.validate(info, targetSize());
  }

  private void convert() throws IOException {
    if (!target.block()) {
      Files.deleteIfExists(target.image());
    }
    qemu.convert(
        target.scratchImage(), target.image(), settings.cacheModeTryNone(), counter::advanceTo);
    Files.deleteIfExists(target.scratchImage());
  }

  private void resize() throws IOException {
    if (target.block()) {
      return;
    }
    long size = targetSize();
    if (size > 0 && info.virtualSize() < size) {
      qemu.resize(target.image(), size, settings.preallocation());
    }
    ImageValidation.validate(qemu.info(target.image()), size);
    Permissions.restrict(target.image());
  }

  /** Upstream calculateTargetSize: smaller of request and space, less the overhead. */
  private long targetSize() throws IOException {
    return ImportSizes.targetSize(
        settings.imageSize(),
        target.availableBytes(),
        target.block() ? BigDecimal.ZERO : settings.filesystemOverhead());
  }
}
