package io.jvirt.handler.decide;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether virt-handler reports its node schedulable, from its device plugins' registration seen
 * over time: not before they first register; still yes while they register again after a kubelet
 * restart, for up to {@link #REREGISTRATION_GRACE}; no once they stay away longer.
 *
 * <p>The grace is why this is not simply "registered now". A restarting kubelet removes every
 * plugin socket, then re-admits each running pod against the node's labels as it reads them from
 * the API server. Launcher pods select {@code kubevirt.io/schedulable=true}, so a label written
 * "false" during the second or so the plugins take to register again makes the kubelet reject and
 * kill every running guest on the node (kubevirt#11843, kubernetes#124586). New launcher pods are
 * not at risk meanwhile: the kubelet reports the plugins' resources as 0 until they return, so the
 * scheduler keeps them off the node anyway.
 */
public final class NodeSchedulability {
  /** How long the plugins may be away after a first registration before the node is marked. */
  public static final Duration REREGISTRATION_GRACE = Duration.ofSeconds(30);

  private boolean registeredOnce;
  private Instant lostAt;

  /**
   * The schedulable value to write at {@code now}, given whether every plugin is registered.
   *
   * @param registered whether every device plugin is registered with the kubelet now
   */
  public boolean at(boolean registered, Instant now) {
    if (registered) {
      registeredOnce = true;
      lostAt = null;
      return true;
    }
    if (!registeredOnce) {
      return false;
    }
    if (lostAt == null) {
      lostAt = now;
    }
    return now.isBefore(lostAt.plus(REREGISTRATION_GRACE));
  }
}
