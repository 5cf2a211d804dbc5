package io.jvirt.controller.vmirs.decide;

import io.jvirt.api.v1.Condition;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ReplicaPaused and ReplicaFailure conditions of a VMI replica set, as upstream keeps them. */
public final class ReplicaSetConditions {
  /** Condition type present while {@code spec.paused} is true. */
  public static final String REPLICA_PAUSED = "ReplicaPaused";

  /** Condition type present while creating or deleting VMIs fails. */
  public static final String REPLICA_FAILURE = "ReplicaFailure";

  /** Reason of {@link #REPLICA_FAILURE} when VMIs were missing. */
  public static final String FAILED_CREATE = "FailedCreate";

  /** Reason of {@link #REPLICA_FAILURE} otherwise. */
  public static final String FAILED_DELETE = "FailedDelete";

  private ReplicaSetConditions() {}

  /** True when {@code conditions} (null means none) hold one of {@code type}. */
  public static boolean has(List<Condition> conditions, String type) {
    return conditions != null && conditions.stream().anyMatch(c -> type.equals(c.getType()));
  }

  /**
   * The next conditions: an existing condition is kept untouched while its cause persists (so its
   * lastTransitionTime and message carry forward), added when its cause appears and dropped when it
   * disappears. Others are kept. Null when none remain, as upstream omits the list.
   */
  static List<Condition> next(
      List<Condition> current, boolean paused, Optional<String> scaleError, int diff, Instant now) {
    List<Condition> result = new ArrayList<>();
    if (current != null) {
      current.forEach(c -> result.add(DeepCopies.of(c, Condition.class)));
    }
    boolean hadPaused = has(result, REPLICA_PAUSED);
    if (paused && !hadPaused) {
      result.add(condition(REPLICA_PAUSED, "Paused", "Controller got paused", now));
    } else if (!paused && hadPaused) {
      result.removeIf(c -> REPLICA_PAUSED.equals(c.getType()));
    }
    boolean hadFailure = has(result, REPLICA_FAILURE);
    if (scaleError.isPresent() && !hadFailure) {
      String reason = diff < 0 ? FAILED_CREATE : FAILED_DELETE;
      result.add(condition(REPLICA_FAILURE, reason, scaleError.get(), now));
    } else if (scaleError.isEmpty() && hadFailure) {
      result.removeIf(c -> REPLICA_FAILURE.equals(c.getType()));
    }
    if (result.isEmpty()) {
      // an empty list read back stays empty, so an unchanged status compares equal
      return current != null && current.isEmpty() ? new ArrayList<>() : null;
    }
    return result;
  }

  private static Condition condition(String type, String reason, String message, Instant now) {
    return new Condition()
        .setType(type)
        .setStatus("True")
        .setReason(reason)
        .setMessage(message)
        .setLastTransitionTime(Timestamps.format(now));
  }
}
