package io.jvirt.cdi.importer;

import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.contract.RegistryImport;
import io.jvirt.cdi.contract.UploadServer;
import io.jvirt.cdi.importer.clone.CloneSender;
import io.jvirt.cdi.importer.clone.CloneSourceProgram;
import io.jvirt.cdi.importer.clone.Sleeper;
import io.jvirt.cdi.importer.clone.SourcePaths;
import io.jvirt.cdi.importer.decide.ImporterSettings;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.http.HttpImageSource;
import io.jvirt.cdi.importer.http.ImageSource;
import io.jvirt.cdi.importer.http.TlsTrust;
import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.metrics.MetricsServer;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.registry.CraneExport;
import io.jvirt.cdi.importer.run.Importer;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.upload.UploadProgram;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/** The importer pod's entry point: env in, one import, termination message and exit code out. */
public final class ImporterMain {
  /** Where the kubelet reads the termination message from (the container default). */
  static final Path TERMINATION_LOG = Path.of("/dev/termination-log");

  private ImporterMain() {}

  /**
   * Runs the import the environment describes, or the upload server when the args are {@link
   * UploadServer#ARGS} (the upload pod runs this image), or the clone source when they are {@link
   * CloneSource#ARGS}, and exits with its code.
   */
  public static void main(String[] args) {
    Outcome outcome;
    if (UploadServer.ARGS.equals(List.of(args))) {
      outcome =
          UploadProgram.run(
              System.getenv(),
              Target.inPod(),
              new ProcessQemuImg("qemu-img"),
              UploadServer.PORT,
              Clock.systemUTC());
    } else if (CloneSource.ARGS.equals(List.of(args))) {
      outcome =
          CloneSourceProgram.run(
              System.getenv(),
              SourcePaths.inPod(),
              CloneSource.METRICS_PORT,
              new CloneSender(CloneSender.client(), Sleeper.real(), Clock.systemUTC()));
    } else {
      outcome = run(System.getenv(), Target.inPod(), ImporterPod.METRICS_PORT);
    }
    try {
      Files.writeString(TERMINATION_LOG, outcome.message(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("cannot write " + TERMINATION_LOG + ": " + e);
    }
    System.out.println(outcome.message());
    System.exit(outcome.exitCode());
  }

  /**
   * One import with the real qemu-img, http source, crane and metrics server on {@code
   * metricsPort}.
   */
  static Outcome run(Map<String, String> env, Target target, int metricsPort) {
    ImporterSettings settings;
    try {
      settings = ImporterSettings.fromEnv(env);
    } catch (RuntimeException e) {
      return new Outcome(1, TerminationMessages.failure(e.getMessage()));
    }
    ProgressCounter counter = new ProgressCounter(settings.ownerUid());
    try (MetricsServer metrics = MetricsServer.start(metricsPort, counter)) {
      return new Importer(
              settings,
              target,
              new ProcessQemuImg("qemu-img"),
              httpSource(settings),
              new CraneExport(settings, RegistryImport.CRANE_BINARY, registryCaDirs(settings)),
              counter,
              Clock.systemUTC())
          .run();
    } catch (IOException e) {
      return new Outcome(1, TerminationMessages.failure("cannot serve metrics: " + e));
    }
  }

  /** The endpoint's CA ConfigMap and the proxy's CAs, where mounted, for crane. */
  private static List<String> registryCaDirs(ImporterSettings settings) {
    List<String> dirs = new ArrayList<>();
    if (!settings.certDir().isEmpty()) {
      dirs.add(settings.certDir());
    }
    if (Files.isDirectory(Path.of(ImporterPod.PROXY_CERT_DIR))) {
      dirs.add(ImporterPod.PROXY_CERT_DIR);
    }
    return dirs;
  }

  private static Supplier<ImageSource> httpSource(ImporterSettings settings) {
    return () -> {
      try {
        SSLContext tls;
        if (settings.insecureTls()) {
          tls = TlsTrust.insecure();
        } else {
          List<Path> caDirs = new ArrayList<>();
          caDirs.add(Path.of(ImporterPod.PROXY_CERT_DIR));
          if (!settings.certDir().isEmpty()) {
            caDirs.add(Path.of(settings.certDir()));
          }
          tls = TlsTrust.trusting(caDirs);
        }
        return new HttpImageSource(
            URI.create(settings.endpoint()),
            tls,
            settings.accessKeyId(),
            settings.secretKey(),
            settings.extraHeaders());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
