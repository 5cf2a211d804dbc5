package io.jvirt.launcher.agent;

import io.jvirt.launcher.libvirt.DomainDriver;
import io.jvirt.launcher.libvirt.DomainDriverException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the SSH keys and passwords of the VMI's qemuGuestAgent access credentials into the guest
 * through its agent, each time it runs (on the agent poller's cadence, so a key added to the secret
 * reaches the guest within seconds of the kubelet updating the mounted files), and says whether the
 * guest has them.
 */
public final class CredentialPropagation {
  private static final Logger LOG = LoggerFactory.getLogger(CredentialPropagation.class);
  private static final int COMMAND_TIMEOUT_SECONDS = 10;

  private final DomainDriver driver;
  private final Supplier<AgentCredentials> wantedKeys;
  private AgentCredentials pushed;
  private Outcome last;

  /**
   * Pushes the credentials {@code wantedKeys} reads (null while the VMI has no access credential
   * for the agent) through {@code driver}.
   */
  public CredentialPropagation(DomainDriver driver, Supplier<AgentCredentials> wantedKeys) {
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
    AgentCredentials wanted;
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
      for (String command : wanted.commands()) {
        driver.agentCommand(command, COMMAND_TIMEOUT_SECONDS);
      }
    } catch (DomainDriverException e) {
      LOG.info("access credentials not propagated: {}", e.getMessage());
      last = new Outcome(false, e.getMessage());
      return last;
    }
    pushed = wanted;
    last = new Outcome(true, "");
    return last;
  }
}
