package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.DataProcessor;
import io.jvirt.cdi.importer.decide.DiskSelection;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ImportPhase;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.decide.TarHeader;
import io.jvirt.cdi.importer.image.Decompression;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.ProgressInputStream;
import io.jvirt.cdi.importer.registry.RegistryExport;
import io.jvirt.cdi.importer.registry.TarReader;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * The steps of a registry import (pullMethod pod): stream the image's file system, stage its one
 * file under /disk in scratch, then check, convert and grow it as an http import does.
 */
final class RegistrySteps {
  private final ImageSteps steps;
  private final RegistryExport registry;
  private final ProgressCounter counter;
  private final Clock clock;

  RegistrySteps(
      ImporterSettings settings,
      Target target,
      QemuImg qemu,
      RegistryExport registry,
      ProgressCounter counter,
      Clock clock) {
    this.steps = new ImageSteps(settings.targetOptions(), target, qemu, counter);
    this.registry = registry;
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
    try (RegistryExport.Running export = registry.start()) {
      try {
        stageDisk(export.stream());
      } catch (ImportFailure | IOException e) {
        // a stream that ended early is crane's failure (no such image, no registry): say why
        Optional<ImportFailure> crane = export.failure();
        if (crane.isPresent()) {
          throw crane.get();
        }
        throw e;
      }
      export.finish();
    }
  }

  private void stageDisk(InputStream tar) throws IOException {
    TarReader reader = new TarReader(tar);
    DiskSelection selection = new DiskSelection();
    for (TarHeader entry = reader.next(); entry != null; entry = reader.next()) {
      if (selection.accept(entry.name(), entry.regularFile()) == DiskSelection.Verdict.DISK) {
        try (InputStream disk =
                new ProgressInputStream(reader.content(), entry.size(), counter, clock);
            InputStream image = Decompression.unwrap(disk).stream()) {
          steps.stage(image);
        }
      }
    }
    selection.requireDisk();
  }
}
