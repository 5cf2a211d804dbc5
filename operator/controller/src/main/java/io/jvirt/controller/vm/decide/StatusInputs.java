package io.jvirt.controller.vm.decide;

import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/** What the status computation needs beyond the observation: the sync error and a jitter source. */
public record StatusInputs(Optional<SyncError> syncError, DoubleSupplier jitter) {

  /** Rejects nulls. */
  public StatusInputs {
    Objects.requireNonNull(syncError, "syncError");
    Objects.requireNonNull(jitter, "jitter");
  }

  /** A reconcile that succeeded. */
  public static StatusInputs ok(DoubleSupplier jitter) {
    return new StatusInputs(Optional.empty(), jitter);
  }

  /** A reconcile that failed with {@code reason} and {@code message}. */
  public static StatusInputs failed(String reason, String message, DoubleSupplier jitter) {
    return new StatusInputs(Optional.of(new SyncError(reason, message)), jitter);
  }

  /** A failed reconcile step: the VM's Failure condition carries its reason and message. */
  public record SyncError(String reason, String message) {}
}
