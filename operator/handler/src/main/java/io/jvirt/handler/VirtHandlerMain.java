package io.jvirt.handler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.contract.Components;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.NodePaths;
import io.jvirt.contract.Ports;
import io.jvirt.daemon.HealthServer;
import io.jvirt.handler.console.PodSerialSockets;
import io.jvirt.handler.console.SocketLinks;
import io.jvirt.handler.device.DevicePluginManager;
import io.jvirt.handler.disks.ContainerDiskMounts;
import io.jvirt.handler.network.PodNetworkSetup;
import io.jvirt.handler.proc.HostNamespace;
import io.jvirt.handler.proc.HostProcesses;
import io.jvirt.handler.rest.HandlerServer;
import io.jvirt.handler.rest.LauncherCommands;
import io.jvirt.handler.rest.SecretTlsSource;
import io.jvirt.handler.vmi.LauncherConnections;
import io.jvirt.handler.vmi.VmiController;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Entry point of virt-handler (one per node): serves the device plugins (kvm, tun, vhost-net),
 * keeps the node's heartbeat (schedulable once the plugins are registered) and drives the VMIs
 * scheduled to the node through their launchers; serves virt-api's VMI commands over mutual TLS.
 */
public final class VirtHandlerMain {
  /** A launcher silent this long is lost (upstream's --watchdog-timeout). */
  private static final Duration LAUNCHER_WATCHDOG = Duration.ofSeconds(30);

  /** VMIs handled at once; each call into a launcher is short, QEMU starts asynchronously. */
  private static final int WORKERS = 3;

  private VirtHandlerMain() {}

  /**
   * Runs until the process is stopped; exits with status 1 when it cannot start (the API server
   * unreachable, say), so that kubelet starts it again.
   */
  public static void main(String[] args) {
    try {
      start(System.getenv());
    } catch (RuntimeException e) {
      // the heartbeat and device-plugin threads would otherwise keep a half-started handler
      // alive, never ready and never restarted
      System.err.println("virt-handler: cannot start: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void start(Map<String, String> env) {
    String node = env.get(EnvVars.NODE_NAME);
    if (node == null || node.isBlank()) {
      System.err.println(
          "virt-handler: NODE_NAME is not set (the DaemonSet sets it from spec.nodeName)");
      System.exit(2);
    }
    int port =
        Integer.parseInt(env.getOrDefault(EnvVars.HEALTH_PORT, Integer.toString(Ports.HEALTH)));
    Duration interval =
        Duration.ofSeconds(Long.parseLong(env.getOrDefault(EnvVars.HEARTBEAT_SECONDS, "60")));
    KubernetesClient client = new KubernetesClientBuilder().build();
    DevicePluginManager devicePlugins = DevicePluginManager.fromEnv(env).start();
    Clock clock = Clock.systemUTC();
    Heartbeat heartbeat = new Heartbeat(client, node, clock, interval, devicePlugins::initialized);
    PodNetworkSetup network = PodNetworkSetup.onNode();
    HostProcesses processes = new HostProcesses(Path.of("/proc"));
    VmiController vmis =
        new VmiController(
            client,
            node,
            clock,
            changed ->
                new LauncherConnections(
                    Path.of(NodePaths.PODS_MOUNT), clock, LAUNCHER_WATCHDOG, changed),
            new VmiController.NodeParts(
                new ContainerDiskMounts(
                    processes, new HostNamespace(Path.of("/proc")), Path.of(NodePaths.PODS_MOUNT)),
                processes,
                (pid, vmi) -> network.setUp(vmi, pid)),
            WORKERS);
    vmis.start();
    SecretTlsSource tls =
        new SecretTlsSource(
                client, env.getOrDefault(EnvVars.NAMESPACE, Components.DEFAULT_NAMESPACE))
            .start();
    HandlerServer commands =
        new HandlerServer(
                "0.0.0.0",
                Integer.parseInt(
                    env.getOrDefault(EnvVars.HANDLER_PORT, Integer.toString(Ports.HANDLER))),
                tls,
                new LauncherCommands(vmis::onThisNode, vmis.launchers()),
                new PodSerialSockets(
                    vmis::onThisNode,
                    vmis::launcherPodUid,
                    Path.of(NodePaths.PODS_MOUNT),
                    new SocketLinks(Path.of(NodePaths.SOCKET_LINKS))))
            .start();
    HealthServer health =
        new HealthServer(
            "0.0.0.0",
            port,
            () -> heartbeat.isBeating() && vmis.synced(),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  commands.close();
                  tls.close();
                  vmis.close();
                  heartbeat.close();
                  devicePlugins.close();
                  health.close();
                  client.close();
                },
                "shutdown"));
  }
}
