package io.jvirt.cdi.importer.clone;

import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.importer.decide.CloneSourceSettings;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.metrics.MetricsServer;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.run.Outcome;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** The clone source program: env in, the disk sent with progress served, outcome out. */
public final class CloneSourceProgram {
  private CloneSourceProgram() {}

  /** Sends the disk at {@code paths} to the env's upload URL, serving progress on the port. */
  public static Outcome run(
      Map<String, String> env, SourcePaths paths, int metricsPort, CloneSender sender) {
    CloneSourceSettings settings;
    URI url;
    SourceDisk disk;
    try {
      settings = CloneSourceSettings.fromEnv(env);
      url = uri(settings.uploadUrl());
      disk = SourceDisk.locate(paths);
    } catch (ImportFailure e) {
      return new Outcome(1, TerminationMessages.failure(e.getMessage()));
    } catch (IOException e) {
      return new Outcome(1, TerminationMessages.failure("cannot read the source disk: " + e));
    }
    ProgressCounter counter = ProgressCounter.forClone(settings.ownerUid());
    try (MetricsServer metrics = MetricsServer.start(metricsPort, counter)) {
      return sender.send(url, disk, counter);
    } catch (IOException e) {
      return new Outcome(1, TerminationMessages.failure("cannot serve metrics: " + e));
    }
  }

  private static URI uri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new ImportFailure(CloneSource.ENV_UPLOAD_URL + " " + url + " is not a URL", e);
    }
  }
}
