package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.DataProcessor;
import io.jvirt.cdi.importer.decide.ImportPhase;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.http.ImageSource;
import io.jvirt.cdi.importer.image.Decompression;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.ProgressInputStream;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * The steps of an http import of a disk image: download (decompressing) into scratch, check the
 * image, convert it to raw on the target, grow it to the target size (cdi.md section 5.2).
 */
final class HttpSteps {
  private final ImageSteps steps;
  private final ImageSource source;
  private final ProgressCounter counter;
  private final Clock clock;

  HttpSteps(
      ImporterSettings settings,
      Target target,
      QemuImg qemu,
      ImageSource source,
      ProgressCounter counter,
      Clock clock) {
    this.steps = new ImageSteps(settings.targetOptions(), target, qemu, counter);
    this.source = source;
    this.counter = counter;
    this.clock = clock;
  }

  void register(DataProcessor processor) {
    processor
        .on(ImportPhase.TRANSFER_SCRATCH, this::transferScratch)
        .on(ImportPhase.VALIDATE, steps::validateStaged)
        .on(ImportPhase.CONVERT, steps::convert)
        .on(ImportPhase.RESIZE, steps::resize);
  }

  private void transferScratch() throws IOException {
    steps.requireScratch();
    ImageSource.Body body = source.open();
    try (InputStream raw =
            new ProgressInputStream(body.stream(), body.contentLength(), counter, clock);
        InputStream image = Decompression.unwrap(raw).stream()) {
      steps.stage(image);
    }
  }
}
