package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.RunStrategy;
import java.time.Duration;

/** One step the VM reconciler takes to make the VMI match the run strategy. */
public sealed interface RunAction
    permits RunAction.CreateVmi,
        RunAction.DeleteVmi,
        RunAction.RequeueAfter,
        RunAction.SetRunStrategy,
        RunAction.AppendStartRequest,
        RunAction.Fail {

  /** Create the VMI built by {@link VmiFromVm}. */
  record CreateVmi() implements RunAction {}

  /** Delete the VMI; {@code reason} says why, for logs and events. */
  record DeleteVmi(String reason) implements RunAction {}

  /** Look at the VM again after {@code delay} (crash-loop back-off). */
  record RequeueAfter(Duration delay) implements RunAction {}

  /**
   * Rewrite the VM spec to {@code strategy}; with {@code useRunningField} the VM uses the
   * deprecated {@code running} field, which is set to {@code strategy == Always} instead.
   */
  record SetRunStrategy(RunStrategy strategy, boolean useRunningField) implements RunAction {}

  /** Append {@code {action: Start}} to {@code status.stateChangeRequests}. */
  record AppendStartRequest() implements RunAction {}

  /** Report a sync error: the VM's Failure condition gets this reason and message. */
  record Fail(String reason, String message) implements RunAction {}
}
