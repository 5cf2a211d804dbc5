package io.jvirt.daemon.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A work queue of keys in the manner of client-go's: a key is queued at most once, handled by one
 * worker at a time (a key added while it is handled is handled again afterwards), re-added after a
 * delay on request, and retried with exponential back-off when its handler throws.
 */
public final class KeyedWorkQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedWorkQueue.class);

  private final Function<String, Duration> handler;
  private final Backoff backoff;
  private final LinkedHashSet<String> queued = new LinkedHashSet<>();
  private final Set<String> running = new HashSet<>();
  private final Set<String> dirty = new HashSet<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final List<Thread> workers = new ArrayList<>();
  private final ScheduledExecutorService delays;
  private boolean closed;

  /**
   * {@code handler} handles one key and returns when to handle it again (null: only on the next
   * add); {@code workers} threads named {@code name}.
   */
  public KeyedWorkQueue(
      String name, int workers, Backoff backoff, Function<String, Duration> handler) {
    this.handler = handler;
    this.backoff = backoff;
    this.delays = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-delays"));
    for (int i = 0; i < workers; i++) {
      Thread worker = daemon(this::work, name + "-" + i);
      this.workers.add(worker);
      worker.start();
    }
  }

  /** Queues {@code key} unless it is queued already. */
  public synchronized void add(String key) {
    if (closed) {
      return;
    }
    if (running.contains(key)) {
      dirty.add(key);
      return;
    }
    if (queued.add(key)) {
      notifyAll();
    }
  }

  /** Queues {@code key} after {@code delay}. */
  public void addAfter(String key, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      add(key);
    } else {
      delays.schedule(() -> add(key), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    delays.shutdownNow();
    workers.forEach(Thread::interrupt);
  }

  private void work() {
    while (true) {
      String key;
      try {
        key = take();
      } catch (InterruptedException e) {
        return;
      }
      if (key == null) {
        return;
      }
      Duration again = null;
      boolean failed = false;
      try {
        again = handler.apply(key);
      } catch (RuntimeException e) {
        failed = true;
        LOG.warn("handling {} failed: {}", key, e.getMessage(), e);
      }
      done(key, failed, again);
    }
  }

  private synchronized String take() throws InterruptedException {
    while (queued.isEmpty() && !closed) {
      wait();
    }
    if (closed) {
      return null;
    }
    String key = queued.iterator().next();
    queued.remove(key);
    running.add(key);
    return key;
  }

  private void done(String key, boolean failed, Duration again) {
    Duration retry = null;
    synchronized (this) {
      running.remove(key);
      if (failed) {
        int count = failures.merge(key, 1, Integer::sum);
        retry = backoff.delay(count);
      } else {
        failures.remove(key);
      }
      if (dirty.remove(key) && !closed) {
        queued.add(key);
        notifyAll();
      }
    }
    if (retry != null) {
      addAfter(key, retry);
    } else if (again != null) {
      addAfter(key, again);
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Delays of retries after consecutive failures: doubling from {@code first}, at most {@code max}.
   */
  public record Backoff(Duration first, Duration max) {
    /** The delay after the {@code failures}-th consecutive failure (1-based). */
    public Duration delay(int failures) {
      long millis = first.toMillis();
      for (int i = 1; i < failures && millis < max.toMillis(); i++) {
        millis *= 2;
      }
      return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
  }
}
