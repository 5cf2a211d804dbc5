package io.jvirt.handler.device;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.jvirt.contract.NodePaths;
import io.jvirt.handler.device.decide.Backoff;
import io.jvirt.handler.device.decide.GenericDevice;
import io.jvirt.handler.device.decide.HostDevice;
import io.jvirt.node.rpc.UnixSockets;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegistrationGrpc;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device plugin of one host device, as upstream's generic device plugin with its controller.
 *
 * <p>One thread runs it in rounds. A round: watch the device node's directory under the host root
 * (health = the node's presence), serve {@code kubevirt-<name>.sock} in the device-plugin
 * directory, then register with the kubelet on {@code kubelet.sock} (the API wants the plugin
 * serving before it registers), then follow the watch until the plugin's socket file disappears.
 * Only the kubelet removes it: a starting kubelet deletes every socket in the directory and forgets
 * all plugins, so they must serve and register anew. A round that fails (no kubelet yet,
 * registration refused, directory not writable) ends too. Between rounds the plugin waits as {@link
 * Backoff} says (upstream: 1 s after a kubelet restart, 2, 5, 10 s while failing).
 *
 * <p>Ending a round (and stopping) ends every ListAndWatch stream with an empty list, waits up to a
 * second for it to leave, then stops serving and removes the socket.
 */
public final class DevicePlugin implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevicePlugin.class);
  private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(1);

  private final HostDevice device;
  private final Path pluginDir;
  private final java.util.function.Supplier<Path> hostRoot;
  private final int count;
  private final String permissions;
  private final Backoff backoff;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final AtomicInteger registrations = new AtomicInteger();
  private final Thread thread;
  private volatile PluginWatch watch;
  private volatile DevicePluginService service;
  private volatile boolean registered;

  /**
   * A plugin for {@code device}, serving in {@code pluginDir} (where the kubelet's {@code
   * kubelet.sock} is), watching the node under {@code hostRoot} ({@code /proc/1/root} in the
   * DaemonSet, {@code /} on the host itself), advertising {@code count} devices whose containers
   * get the node with the cgroup {@code permissions}.
   */
  public DevicePlugin(
      HostDevice device,
      Path pluginDir,
      Path hostRoot,
      int count,
      String permissions,
      Backoff backoff) {
    this(device, pluginDir, () -> hostRoot, count, permissions, backoff);
  }

  /** As above, the host's root looked up again at each round (it may move, see HostNamespace). */
  public DevicePlugin(
      HostDevice device,
      Path pluginDir,
      java.util.function.Supplier<Path> hostRoot,
      int count,
      String permissions,
      Backoff backoff) {
    if (count < 1) {
      throw new IllegalArgumentException("a device plugin advertises at least 1 device");
    }
    this.device = device;
    this.pluginDir = pluginDir;
    this.hostRoot = hostRoot;
    this.count = count;
    this.permissions = permissions;
    this.backoff = backoff;
    this.thread = new Thread(this::run, "device-plugin-" + device.name());
    thread.setDaemon(true);
  }

  /** Starts serving and registering in the background. */
  public void start() {
    thread.start();
  }

  public HostDevice device() {
    return device;
  }

  /** The plugin's socket. */
  public Path socket() {
    return pluginDir.resolve(device.socketName());
  }

  /** True while the kubelet knows the plugin: registered and the socket not removed since. */
  public boolean registered() {
    return registered;
  }

  /** How many times the plugin registered so far. */
  public int registrations() {
    return registrations.get();
  }

  /** Whether the device node is present (the health advertised), while serving. */
  public boolean healthy() {
    DevicePluginService current = service;
    return current != null && current.present();
  }

  /** Asks the plugin to stop; returns at once ({@link #awaitStopped} waits). */
  public void stop() {
    stopping.countDown();
    PluginWatch current = watch;
    if (current != null) {
      current.close();
    }
  }

  /** Waits up to {@code timeout} for the plugin to have stopped; true when it has. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    if (!thread.isAlive()) {
      return true;
    }
    thread.join(timeout.toMillis());
    return !thread.isAlive();
  }

  /** Stops the plugin: the kubelet gets the empty list, the socket is removed. */
  @Override
  public void close() {
    stop();
    try {
      if (!awaitStopped(Duration.ofSeconds(10))) {
        LOG.warn("device plugin {} did not stop in time", device.name());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean stopRequested() {
    return stopping.getCount() == 0;
  }

  private void run() {
    int retries = 0;
    while (!stopRequested()) {
      boolean failed = false;
      try {
        round();
      } catch (IOException | RuntimeException e) {
        failed = true;
        LOG.warn("device plugin {} failed: {}", device.name(), e.toString());
      }
      retries = backoff.next(retries, failed);
      Duration delay = backoff.delay(retries);
      try {
        if (stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    LOG.info("device plugin {} stopped", device.name());
  }

  private void round() throws IOException {
    Path deviceNode = hostRoot.get().resolve(device.path().substring(1));
    if (device.loadsModule()) {
      openOnce(deviceNode);
    }
    try (PluginWatch current = new PluginWatch(deviceNode)) {
      watch = current;
      if (stopRequested()) {
        return;
      }
      DevicePluginService serving =
          new DevicePluginService(device, count, permissions, current.devicePresent());
      service = serving;
      Server server = UnixSockets.serve(socket(), serving);
      try {
        current.watchSocket(socket());
        if (!current.socketPresent()) {
          return;
        }
        long registering = System.nanoTime();
        register();
        registered = true;
        registrations.incrementAndGet();
        LOG.info(
            "device plugin {} registered {} x{} ({}) in {} ms",
            device.name(),
            device.resource(),
            count,
            GenericDevice.health(serving.present()),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - registering));
        follow(current, serving);
      } finally {
        registered = false;
        serving.stop();
        shutdown(server);
      }
    } finally {
      watch = null;
    }
  }

  /** Follows the watch until the socket is gone (the kubelet restarted) or the plugin stops. */
  private void follow(PluginWatch current, DevicePluginService serving) {
    while (current.awaitChange()) {
      serving.setPresent(current.devicePresent());
      if (!current.socketPresent()) {
        LOG.info("{} was removed (the kubelet probably restarted): registering again", socket());
        return;
      }
    }
  }

  private void register() {
    ManagedChannel channel = UnixSockets.channel(pluginDir.resolve(NodePaths.KUBELET_SOCKET));
    try {
      RegistrationGrpc.newBlockingStub(channel)
          .withDeadlineAfter(REGISTER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .register(GenericDevice.registration(device));
    } finally {
      channel.shutdownNow();
    }
  }

  private void shutdown(Server server) {
    server.shutdown();
    try {
      if (!server.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(socket());
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", socket(), e.getMessage());
    }
  }

  /**
   * Opens the node once and closes it: for tun and vhost-net that makes the kernel load the module
   * behind it, as upstream does before it starts watching. A missing node is no error here.
   */
  private static void openOnce(Path node) {
    if (!Files.exists(node)) {
      return;
    }
    try {
      FileChannel.open(node, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
      LOG.debug("opened {} once", node);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("cannot open {}: {}", node, e.getMessage());
    }
  }
}
