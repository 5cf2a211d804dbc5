package io.jvirt.handler.vmi;

import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import io.jvirt.api.v1.vmi.GuestOSInfo;
import io.jvirt.contract.LauncherPod;
import io.jvirt.handler.vmi.decide.DomainView;
import io.jvirt.handler.vmi.decide.LauncherReach;
import io.jvirt.node.rpc.UnixSockets;
import io.jvirt.node.rpc.launcher.v1.Domain;
import io.jvirt.node.rpc.launcher.v1.DomainDisk;
import io.jvirt.node.rpc.launcher.v1.DomainInterface;
import io.jvirt.node.rpc.launcher.v1.Empty;
import io.jvirt.node.rpc.launcher.v1.GuestOsInfo;
import io.jvirt.node.rpc.launcher.v1.LauncherGrpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-handler's connections to the launchers of its node, one per VMI: a Watch stream keeping the
 * latest domain report, reconnected when it breaks, and a watchdog declaring a launcher lost once
 * it has not answered for longer than the timeout (upstream's --watchdog-timeout).
 */
public final class LauncherConnections implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LauncherConnections.class);

  /** How long to wait before dialling a launcher socket again that did not answer. */
  private static final Duration RETRY = Duration.ofSeconds(2);

  private final Path podsMount;
  private final Clock clock;
  private final Duration watchdog;
  private final Consumer<String> changed;
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();

  /**
   * Launcher sockets are found under {@code podsMount}; {@code changed} receives the VMI key
   * whenever its launcher reports or is lost.
   */
  public LauncherConnections(
      Path podsMount, Clock clock, Duration watchdog, Consumer<String> changed) {
    this.podsMount = podsMount;
    this.clock = clock;
    this.watchdog = watchdog;
    this.changed = changed;
  }

  /** Makes the connections once the controller can be told of changes. */
  @FunctionalInterface
  public interface Factory {
    /** Connections telling {@code changed} the VMI key of each launcher that reports. */
    LauncherConnections create(Consumer<String> changed);
  }

  /** What is known of a VMI's launcher now. */
  public record Snapshot(DomainView domain, LauncherReach reach, Duration recheck) {}

  /**
   * Connects to the launcher of the VMI {@code vmiUid} in pod {@code podUid} if not connected yet,
   * and reports what is known.
   */
  public Snapshot observe(String vmiKey, String vmiUid, String podUid) {
    Connection connection =
        connections.computeIfAbsent(vmiUid, uid -> new Connection(vmiKey, uid, socket(podUid)));
    return connection.snapshot();
  }

  /** The command stub of a connected launcher. */
  public LauncherGrpc.LauncherBlockingStub stub(String vmiUid) {
    Connection connection = connections.get(vmiUid);
    if (connection == null || connection.channel == null) {
      throw new IllegalStateException("no connection to the launcher of VMI " + vmiUid);
    }
    return LauncherGrpc.newBlockingStub(connection.channel).withDeadlineAfter(2, TimeUnit.MINUTES);
  }

  /** Drops the connection of a VMI that is gone. */
  public void forget(String vmiUid) {
    Connection connection = connections.remove(vmiUid);
    if (connection != null) {
      connection.close();
    }
  }

  @Override
  public void close() {
    connections.values().forEach(Connection::close);
    connections.clear();
  }

  private Path socket(String podUid) {
    return podsMount.resolve(
        podUid
            + "/volumes/kubernetes.io~empty-dir/"
            + LauncherPod.SOCKETS_VOLUME
            + "/"
            + LauncherPod.LAUNCHER_SOCKET);
  }

  static DomainView view(Domain domain) {
    return new DomainView(
        domain.getExists(),
        domain.getVmiUid(),
        domain.getState(),
        domain.getReason(),
        domain.getMachineType(),
        domain.getCurrentMemoryBytes(),
        domain.getInterfacesList().stream()
            .collect(
                Collectors.toMap(DomainInterface::getName, DomainInterface::getMac, (a, b) -> a)),
        domain.getDisksList().stream()
            .collect(Collectors.toMap(DomainDisk::getName, DomainDisk::getTarget, (a, b) -> a)),
        domain.getGracefulShutdownRequested(),
        domain.getShutdownStartedUnix(),
        domain.getGracePeriodSeconds(),
        domain.getFailure(),
        domain.getAgentConnected(),
        domain.hasGuestOsInfo() ? guestOs(domain.getGuestOsInfo()) : null,
        domain.getGuestInterfacesList().stream()
            .map(
                nic ->
                    new DomainView.GuestNic(
                        nic.getInterfaceName(), nic.getMac(), nic.getIpAddressesList()))
            .toList(),
        domain.hasAccessCredentials()
            ? new DomainView.CredentialSync(
                domain.getAccessCredentials().getSucceeded(),
                domain.getAccessCredentials().getMessage())
            : null);
  }

  /** The OS in VMI status's field names; what the agent left out stays unset. */
  private static GuestOSInfo guestOs(GuestOsInfo os) {
    return new GuestOSInfo()
        .setName(emptyToNull(os.getName()))
        .setKernelRelease(emptyToNull(os.getKernelRelease()))
        .setVersion(emptyToNull(os.getVersion()))
        .setPrettyName(emptyToNull(os.getPrettyName()))
        .setVersionId(emptyToNull(os.getVersionId()))
        .setKernelVersion(emptyToNull(os.getKernelVersion()))
        .setMachine(emptyToNull(os.getMachine()))
        .setId(emptyToNull(os.getId()));
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }

  /** One launcher's connection and what it last said. */
  private final class Connection implements StreamObserver<Domain> {
    private final String vmiKey;
    private final String vmiUid;
    private final Path socket;
    private ManagedChannel channel;
    private volatile DomainView domain;
    private volatile boolean streaming;

    /** Since when the launcher has not answered: it went away, or its socket never answered. */
    private volatile Instant silentSince;

    private volatile boolean everConnected;
    private volatile boolean answered;
    private volatile Instant nextAttempt;

    Connection(String vmiKey, String vmiUid, Path socket) {
      this.vmiKey = vmiKey;
      this.vmiUid = vmiUid;
      this.socket = socket;
    }

    synchronized Snapshot snapshot() {
      if (!streaming) {
        connect();
      }
      if (streaming && answered) {
        return new Snapshot(domain, LauncherReach.CONNECTED, null);
      }
      if (silentSince == null) {
        return new Snapshot(null, LauncherReach.NOT_READY, Duration.ofSeconds(1));
      }
      Duration silent = Duration.between(silentSince, clock.instant());
      if (silent.compareTo(watchdog) >= 0) {
        return new Snapshot(domain, LauncherReach.LOST, null);
      }
      Duration left = watchdog.minus(silent);
      return new Snapshot(null, LauncherReach.NOT_READY, left.compareTo(RETRY) < 0 ? left : RETRY);
    }

    private void connect() {
      Instant now = clock.instant();
      if (!Files.exists(socket)) {
        if (everConnected && silentSince == null) {
          silentSince = now;
        }
        return;
      }
      if (nextAttempt != null && now.isBefore(nextAttempt)) {
        return;
      }
      if (channel == null) {
        channel = UnixSockets.channel(socket);
      }
      streaming = true;
      answered = false;
      LauncherGrpc.newStub(channel).watch(Empty.getDefaultInstance(), this);
    }

    @Override
    public void onNext(Domain value) {
      domain = view(value);
      everConnected = true;
      answered = true;
      silentSince = null;
      nextAttempt = null;
      changed.accept(vmiKey);
    }

    @Override
    public void onError(Throwable error) {
      LOG.info("launcher of {} stopped streaming: {}", vmiKey, error.getMessage());
      ended();
    }

    @Override
    public void onCompleted() {
      ended();
    }

    private void ended() {
      synchronized (this) {
        streaming = false;
        Instant now = clock.instant();
        if (silentSince == null) {
          silentSince = now;
        }
        if (!answered) {
          // a socket left by a launcher that is gone (a crash, or from before our restart):
          // try again later; it counts as lost once silent for the watchdog period
          nextAttempt = now.plus(RETRY);
        }
        if (channel != null) {
          channel.shutdownNow();
          channel = null;
        }
      }
      changed.accept(vmiKey);
    }

    synchronized void close() {
      if (channel != null) {
        channel.shutdownNow();
        channel = null;
      }
      streaming = false;
      LOG.debug("closed the connection to the launcher of {}", vmiUid);
    }
  }
}
