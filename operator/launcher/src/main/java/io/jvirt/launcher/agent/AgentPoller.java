package io.jvirt.launcher.agent;

import io.jvirt.launcher.libvirt.DomainDriver;
import io.jvirt.launcher.libvirt.DomainDriverException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the guest agent for the guest's facts while it is connected and the guest runs, each kind on
 * its {@link PollSchedule}, and keeps the latest {@link GuestAgentReport}; listeners see each
 * report that changed.
 */
public final class AgentPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AgentPoller.class);

  /** How long one agent command may take before the poll gives up until its next turn. */
  private static final int COMMAND_TIMEOUT_SECONDS = 5;

  private final DomainDriver driver;
  private final Consumer<GuestAgentReport> onChange;
  private final CredentialPropagation credentials;
  private final ScheduledExecutorService timer;
  private final AtomicReference<GuestAgentReport> report =
      new AtomicReference<>(GuestAgentReport.EMPTY);
  private long generation;
  private boolean active;

  /** Polls through {@code driver}; {@code onChange} gets each changed report. */
  public AgentPoller(DomainDriver driver, Consumer<GuestAgentReport> onChange) {
    this(driver, onChange, null);
  }

  /** As above, also propagating {@code credentials} (null: the VMI has none for the agent). */
  public AgentPoller(
      DomainDriver driver, Consumer<GuestAgentReport> onChange, CredentialPropagation credentials) {
    this.driver = driver;
    this.onChange = onChange;
    this.credentials = credentials;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "guest-agent-poller");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The latest report. */
  public GuestAgentReport report() {
    return report.get();
  }

  /** Starts polling (at once) when {@code on} and not polling yet; stops when not {@code on}. */
  public synchronized void setActive(boolean on) {
    if (on == active) {
      return;
    }
    active = on;
    generation++;
    if (on) {
      long current = generation;
      if (credentials != null) {
        credentials.markStale();
      }
      for (PollSchedule kind : PollSchedule.values()) {
        if (kind == PollSchedule.CREDENTIALS && credentials == null) {
          continue;
        }
        timer.execute(() -> poll(kind, current, Duration.ZERO));
      }
    }
  }

  private void poll(PollSchedule kind, long scheduledIn, Duration previous) {
    synchronized (this) {
      if (scheduledIn != generation) {
        return;
      }
    }
    try {
      update(ask(kind));
    } catch (DomainDriverException | IllegalArgumentException e) {
      LOG.debug("guest agent poll {} failed: {}", kind, e.getMessage());
    }
    Duration next = kind.next(previous);
    synchronized (this) {
      if (scheduledIn == generation && !timer.isShutdown()) {
        timer.schedule(() -> poll(kind, scheduledIn, next), next.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  private UnaryOperator<GuestAgentReport> ask(PollSchedule kind) {
    return switch (kind) {
      case VERSION -> {
        AgentReplies.Version version = AgentReplies.version(command("guest-info"));
        yield r -> r.withVersion(version.version()).withCommands(version.commands());
      }
      case FILE_SYSTEMS -> {
        var fileSystems = AgentReplies.fileSystems(command("guest-get-fsinfo"));
        yield r -> r.withFileSystems(fileSystems);
      }
      case SYSTEM -> {
        var os = AgentReplies.os(command("guest-get-osinfo"));
        String hostname = AgentReplies.hostname(command("guest-get-host-name"));
        String timezone = AgentReplies.timezone(command("guest-get-timezone"));
        var interfaces = AgentReplies.interfaces(command("guest-network-get-interfaces"));
        yield r ->
            r.withOs(os).withHostname(hostname).withTimezone(timezone).withInterfaces(interfaces);
      }
      case USERS -> {
        var users = AgentReplies.users(command("guest-get-users"));
        yield r -> r.withUsers(users);
      }
      case CREDENTIALS -> {
        CredentialPropagation.Outcome outcome = credentials.run();
        yield r -> r.withCredentials(outcome);
      }
    };
  }

  private String command(String execute) {
    return driver.agentCommand("{\"execute\":\"" + execute + "\"}", COMMAND_TIMEOUT_SECONDS);
  }

  private void update(UnaryOperator<GuestAgentReport> change) {
    GuestAgentReport before = report.get();
    GuestAgentReport after = report.updateAndGet(change);
    if (!after.equals(before)) {
      onChange.accept(after);
    }
  }

  /** Stops polling for good. */
  @Override
  public void close() {
    synchronized (this) {
      generation++;
      active = false;
    }
    timer.shutdownNow();
  }
}
