package io.jvirt.controller.expectations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a controller still waits to see from the watch after creating or deleting children, per
 * controller key ({@code namespace/name}); until then it must not act again on stale caches
 * (upstream pkg/controller/expectations.go, the UID-tracking variant). Thread-safe and never waits:
 * every call is a single atomic map update.
 */
public final class Expectations {
  /** After this long, pending expectations no longer hold a controller back, as upstream. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  private final Clock clock;
  private final Duration ttl;
  private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();

  /** Expectations that expire after {@link #DEFAULT_TTL} on {@code clock}. */
  public Expectations(Clock clock) {
    this(clock, DEFAULT_TTL);
  }

  /** Expectations that expire after {@code ttl} on {@code clock}. */
  public Expectations(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  /**
   * Expects {@code count} creations for {@code key}, replacing any creation count still pending and
   * restarting the TTL. Pending deletions are kept unless the record had expired.
   */
  public void expectCreations(String key, int count) {
    Instant now = clock.instant();
    pending.compute(
        key, (k, old) -> new Pending(Math.max(0, count), live(old, now).deletions(), now));
  }

  /**
   * Expects the children with these UIDs to be deleted for {@code key}, replacing any pending
   * deletion set and restarting the TTL. Pending creations are kept unless the record had expired.
   */
  public void expectDeletions(String key, Collection<String> uids) {
    Instant now = clock.instant();
    Set<String> expected = Set.copyOf(uids);
    pending.compute(key, (k, old) -> new Pending(live(old, now).creations(), expected, now));
  }

  /** One child of {@code key} was seen created, or its creation failed and will never be seen. */
  public void creationObserved(String key) {
    pending.computeIfPresent(key, (k, old) -> old.withCreations(Math.max(0, old.creations() - 1)));
  }

  /**
   * The child {@code uid} of {@code key} was seen deleted (or marked for deletion), or its delete
   * failed; UIDs that were not expected are ignored so a deletion is never counted twice.
   */
  public void deletionObserved(String key, String uid) {
    pending.computeIfPresent(
        key,
        (k, old) -> {
          if (!old.deletions().contains(uid)) {
            return old;
          }
          Set<String> rest = new HashSet<>(old.deletions());
          rest.remove(uid);
          return old.withDeletions(Set.copyOf(rest));
        });
  }

  /**
   * True when the controller for {@code key} may act: nothing was expected, everything expected was
   * observed, or the expectations are older than the TTL (a lost watch event must not stall the
   * controller forever).
   */
  public boolean satisfied(String key) {
    Pending current = pending.get(key);
    return current == null || current.fulfilled() || expired(current, clock.instant());
  }

  /** Creations still expected for {@code key}; 0 when none or expired. */
  public int pendingCreations(String key) {
    Pending current = pending.get(key);
    return current == null || expired(current, clock.instant()) ? 0 : current.creations();
  }

  /** UIDs whose deletion is still expected for {@code key}; empty when none or expired. */
  public Set<String> pendingDeletions(String key) {
    Pending current = pending.get(key);
    return current == null || expired(current, clock.instant()) ? Set.of() : current.deletions();
  }

  /** Drops everything expected for {@code key}, e.g. when the controller object is gone. */
  public void forget(String key) {
    pending.remove(key);
  }

  private Pending live(Pending old, Instant now) {
    return old == null || expired(old, now) ? Pending.NONE : old;
  }

  private boolean expired(Pending record, Instant now) {
    return Duration.between(record.since(), now).compareTo(ttl) > 0;
  }

  /** What one controller still waits for, and since when. */
  private record Pending(int creations, Set<String> deletions, Instant since) {
    static final Pending NONE = new Pending(0, Set.of(), Instant.EPOCH);

    boolean fulfilled() {
      return creations <= 0 && deletions.isEmpty();
    }

    Pending withCreations(int value) {
      return new Pending(value, deletions, since);
    }

    Pending withDeletions(Set<String> value) {
      return new Pending(creations, value, since);
    }
  }
}
