package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.controller.expectations.Expectations;
import java.time.Clock;
import java.util.Collection;

/**
 * Launcher pods the VMI controller created but its pod informer has not shown yet, by VMI uid
 * (upstream's podExpectations); entries expire after {@link Expectations#DEFAULT_TTL}.
 */
final class LauncherPodExpectations {
  private final Expectations expectations;

  /** Expectations timed on {@code clock}. */
  LauncherPodExpectations(Clock clock) {
    this.expectations = new Expectations(clock);
  }

  /** The VMI {@code uid} is about to get a launcher pod. */
  void expectCreation(String uid) {
    expectations.expectCreations(uid, 1);
  }

  /**
   * Clears the expectation of VMI {@code uid} when its launcher pods, as the informer shows them,
   * include one that is not being deleted (as upstream, a pod seen only while going away is no
   * creation observed; the TTL settles that case).
   */
  void observe(String uid, Collection<Pod> pods) {
    if (pods.stream().anyMatch(LauncherPodExpectations::liveLauncher)) {
      // a VMI has one launcher at a time: once it is seen nothing is pending, so drop the entry
      expectations.forget(uid);
    }
  }

  /** Whether VMI {@code uid} may get a launcher pod: none is pending, or it expired. */
  boolean satisfied(String uid) {
    return expectations.satisfied(uid);
  }

  /** Drops what is expected for VMI {@code uid}: its create failed, or the VMI is gone. */
  void forget(String uid) {
    expectations.forget(uid);
  }

  private static boolean liveLauncher(Pod pod) {
    return pod.getMetadata().getDeletionTimestamp() == null && !temporary(pod);
  }

  /** The helper pod that binds WaitForFirstConsumer claims is no launcher. */
  private static boolean temporary(Pod pod) {
    return pod.getMetadata().getAnnotations() != null
        && pod.getMetadata()
            .getAnnotations()
            .containsKey(KubevirtAnnotations.EPHEMERAL_PROVISIONING);
  }
}
