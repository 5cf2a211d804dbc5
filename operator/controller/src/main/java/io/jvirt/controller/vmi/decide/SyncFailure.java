package io.jvirt.controller.vmi.decide;

import java.util.Objects;

/**
 * An error of the last sync, shown as condition {@code Synchronized=False} with this reason and
 * message (e.g. {@code FailedCreate}, {@code FailedPvcNotFound}, {@code ErrImagePull}).
 */
public record SyncFailure(String reason, String message) {
  /** Upstream's reason when a volume's PVC is missing; also marks the VMI unschedulable. */
  public static final String FAILED_PVC_NOT_FOUND = "FailedPvcNotFound";

  /** Rejects a missing reason; a missing message becomes empty. */
  public SyncFailure {
    Objects.requireNonNull(reason, "reason");
    message = message == null ? "" : message;
  }
}
