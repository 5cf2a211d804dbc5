package io.jvirt.launcher.agent;

import io.jvirt.launcher.libvirt.DomainDriver;
import io.jvirt.launcher.libvirt.DomainDriverException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the SSH keys of the VMI's qemuGuestAgent access credentials into the guest through its
 * agent, each time it runs (on the agent poller's cadence, so a key added to the secret reaches the
 * guest within seconds of the kubelet updating the mounted files), and says whether the guest has
 * them.
 */
public final class CredentialPropagation {
  private static final Logger LOG = LoggerFactory.getLogger(CredentialPropagation.class);
  private static final int COMMAND_TIMEOUT_SECONDS = 10;

  private final DomainDriver driver;
  private final Supplier<Map<String, List<String>>> wantedKeys;
  private Map<String, List<String>> pushed = Map.of();
  private Outcome last;

  /**
   * Pushes the keys {@code wantedKeys} reads (user → public keys; null while the VMI has no access
   * credential for the agent) through {@code driver}.
   */
  public CredentialPropagation(
      DomainDriver driver, Supplier<Map<String, List<String>>> wantedKeys) {
    this.driver = driver;
    this.wantedKeys = wantedKeys;
  }

  /** The outcome of one propagation: synchronized, or the one-line reason why not. */
  public record Outcome(boolean synced, String message) {}

  /** The next run pushes every key again (the agent reconnected: the guest may have rebooted). */
  public synchronized void markStale() {
    last = null;
  }

  /**
   * Brings the guest's keys to what the secrets hold now; a no-op while nothing changed; null when
   * there are no such credentials.
   */
  public synchronized Outcome run() {
    Map<String, List<String>> wanted;
    try {
      wanted = wantedKeys.get();
    } catch (RuntimeException e) {
      last = new Outcome(false, "cannot read the access credential secrets: " + e.getMessage());
      return last;
    }
    if (wanted == null) {
      return null;
    }
    if (last != null && last.synced() && wanted.equals(pushed)) {
      return last;
    }
    try {
      for (String command : AuthorizedKeyCommands.set(wanted)) {
        driver.agentCommand(command, COMMAND_TIMEOUT_SECONDS);
      }
    } catch (DomainDriverException e) {
      LOG.info("access credentials not propagated: {}", e.getMessage());
      last = new Outcome(false, e.getMessage());
      return last;
    }
    pushed = Map.copyOf(wanted);
    last = new Outcome(true, "");
    return last;
  }
}
