package io.jvirt.cdi.importer.upload;

import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.decide.UploadSettings;
import io.jvirt.cdi.importer.image.QemuImg;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.run.Upload;
import io.jvirt.cdi.importer.volume.Target;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;

/** The upload server program: env in, serve until one upload is done, outcome out. */
public final class UploadProgram {
  private UploadProgram() {}

  /** Serves on {@code 0.0.0.0:port} until the upload succeeded or its async processing failed. */
  public static Outcome run(
      Map<String, String> env, Target target, QemuImg qemu, int port, Clock clock) {
    UploadSettings settings;
    try {
      settings = UploadSettings.fromEnv(env);
    } catch (RuntimeException e) {
      return new Outcome(1, TerminationMessages.failure(e.getMessage()));
    }
    ProgressCounter counter = new ProgressCounter(settings.ownerUid());
    try (UploadEndpoint endpoint =
        UploadEndpoint.start(
            new InetSocketAddress(port),
            () -> new Upload(settings, target, qemu, counter, clock),
            counter)) {
      return endpoint.finished().join();
    } catch (IOException e) {
      return new Outcome(1, TerminationMessages.failure("cannot serve uploads: " + e));
    }
  }
}
