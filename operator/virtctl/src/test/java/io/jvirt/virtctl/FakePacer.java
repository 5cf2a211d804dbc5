package io.jvirt.virtctl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A {@link Pacer} whose sleeps advance a fake clock at once and run the test's steps. */
public final class FakePacer implements Pacer {
  private Instant now = Instant.parse("2024-01-01T00:00:00Z");
  private final List<Runnable> steps = new ArrayList<>();

  public final List<Duration> sleeps = new ArrayList<>();

  /** Runs {@code step} at the next sleep not yet given a step, in the order added. */
  public FakePacer then(Runnable step) {
    steps.add(step);
    return this;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
    if (!steps.isEmpty()) {
      steps.remove(0).run();
    }
  }
}
