package io.jvirt.installer.install;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What an operation on one cluster works with — its client, its name, where progress goes, the
 * clock and how long it may wait — and how it reports its end.
 */
public record ClusterOp(
    KubernetesClient client, Target target, Progress progress, Clock clock, Duration timeout) {

  /** Tells the progress display what this cluster does now. */
  void step(String step) {
    progress.step(target.name(), step);
  }

  /** A success started at {@code started}, with its one-line detail. */
  ClusterReport succeeded(Instant started, String version, String detail) {
    step("done: " + detail);
    return report(started, version, true, detail);
  }

  /** The row of an operation started at {@code started}, without telling the progress display. */
  ClusterReport report(Instant started, String version, boolean ok, String detail) {
    return new ClusterReport(
        target.name(), ok, version, Duration.between(started, clock.instant()), detail);
  }

  /** A failure started at {@code started}, explained in one line. */
  ClusterReport failed(Instant started, String version, RuntimeException failure) {
    String why = Failures.explain(failure, target.config().getMasterUrl());
    step("failed: " + why);
    return report(started, version, false, why);
  }
}
