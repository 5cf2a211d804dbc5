package io.jvirt.cdi.importer.run;

import io.jvirt.cdi.importer.decide.DataProcessor;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ImportKind;
import io.jvirt.cdi.importer.decide.ImportPhase;
import io.jvirt.cdi.importer.decide.ImportPlan;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.decide.ScratchSpaceRequired;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.http.ImageSource;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.registry.RegistryExport;
import io.jvirt.cdi.importer.volume.Target;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/** One import, start to termination message: picks the steps for the kind and runs them. */
public final class Importer {
  private static final System.Logger LOG = System.getLogger(Importer.class.getName());

  private final ImporterSettings settings;
  private final Target target;
  private final QemuImg qemu;
  private final Supplier<ImageSource> source;
  private final RegistryExport registry;
  private final ProgressCounter counter;
  private final Clock clock;

  /** An importer of http sources; a registry source fails. */
  public Importer(
      ImporterSettings settings,
      Target target,
      QemuImg qemu,
      Supplier<ImageSource> source,
      ProgressCounter counter,
      Clock clock) {
    this(
        settings,
        target,
        qemu,
        source,
        () -> {
          throw new ImportFailure("no registry client");
        },
        counter,
        clock);
  }

  /**
   * An importer; {@code source} is only asked for on http imports, {@code registry} only started on
   * registry imports.
   */
  public Importer(
      ImporterSettings settings,
      Target target,
      QemuImg qemu,
      Supplier<ImageSource> source,
      RegistryExport registry,
      ProgressCounter counter,
      Clock clock) {
    this.settings = settings;
    this.target = target;
    this.qemu = qemu;
    this.source = source;
    this.registry = registry;
    this.counter = counter;
    this.clock = clock;
  }

  /** Runs the import; never throws: every failure becomes an outcome. */
  public Outcome run() {
    try {
      ImportKind kind = settings.kind();
      DataProcessor processor = new DataProcessor(ImportPlan.of(kind));
      switch (kind) {
        case HTTP_KUBEVIRT ->
            new HttpSteps(settings, target, qemu, source.get(), counter, clock).register(processor);
        case REGISTRY_KUBEVIRT ->
            new RegistrySteps(settings, target, qemu, registry, counter, clock).register(processor);
        case BLANK ->
            processor.on(
                ImportPhase.TRANSFER_DATA_FILE, new BlankStep(settings, target, qemu)::run);
        case HTTP_ARCHIVE ->
            throw new ImportFailure("archive content is not supported by this importer yet");
      }
      processor.run();
      target.sync();
      counter.advanceTo(100.0);
      LOG.log(System.Logger.Level.INFO, "import complete after phases {0}", processor.visited());
      return new Outcome(0, TerminationMessages.complete(false, Map.of()));
    } catch (ScratchSpaceRequired e) {
      LOG.log(System.Logger.Level.INFO, "scratch space required, exiting for a new pod");
      return new Outcome(0, TerminationMessages.scratchRequired());
    } catch (Exception e) {
      LOG.log(System.Logger.Level.ERROR, "import failed", e);
      String reason = e instanceof ImportFailure ? e.getMessage() : e.toString();
      return new Outcome(1, TerminationMessages.failure(reason));
    }
  }
}
