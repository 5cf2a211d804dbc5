package io.jvirt.installer.install;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one operation on every cluster at once and collects their reports, in target order. */
public final class Fleet {
  private Fleet() {}

  /** {@code operation} on each target in parallel; a crash becomes that cluster's failure. */
  public static List<ClusterReport> run(
      List<Target> targets, Function<Target, ClusterReport> operation) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, targets.size()));
    try {
      List<Future<ClusterReport>> running = new ArrayList<>();
      for (Target target : targets) {
        running.add(pool.submit(() -> operation.apply(target)));
      }
      List<ClusterReport> reports = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        try {
          reports.add(running.get(i).get());
        } catch (ExecutionException e) {
          reports.add(
              new ClusterReport(
                  targets.get(i).name(),
                  false,
                  "?",
                  java.time.Duration.ZERO,
                  Failures.explain(e.getCause(), targets.get(i).config().getMasterUrl())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InstallFailure("interrupted");
        }
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }
}
