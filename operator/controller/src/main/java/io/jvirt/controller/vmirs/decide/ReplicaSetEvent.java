package io.jvirt.controller.vmirs.decide;

/**
 * A Kubernetes event the reconciler records on the replica set once the plan's status is written.
 *
 * @param type {@code Normal} or {@code Warning}
 * @param reason the machine-readable reason, e.g. {@code SuccessfulPaused}
 * @param message the human-readable message
 */
public record ReplicaSetEvent(String type, String reason, String message) {
  /** Event type of routine events. */
  public static final String NORMAL = "Normal";

  /** Reason recorded when the replica set became paused. */
  public static final String SUCCESSFUL_PAUSED = "SuccessfulPaused";

  /** Reason recorded when the replica set was resumed. */
  public static final String SUCCESSFUL_RESUMED = "SuccessfulResumed";

  static ReplicaSetEvent paused() {
    return new ReplicaSetEvent(NORMAL, SUCCESSFUL_PAUSED, "Paused");
  }

  static ReplicaSetEvent resumed() {
    return new ReplicaSetEvent(NORMAL, SUCCESSFUL_RESUMED, "Resumed");
  }
}
