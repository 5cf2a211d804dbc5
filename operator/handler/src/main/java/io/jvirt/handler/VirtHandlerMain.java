package io.jvirt.handler;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.Ports;
import io.jvirt.daemon.HealthServer;
import io.jvirt.handler.device.DevicePluginManager;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Entry point of virt-handler (one per node). So far it serves the device plugins (kvm, tun,
 * vhost-net) and keeps the node's heartbeat, schedulable once the plugins are registered; driving
 * the node's VMIs comes with the virt-handler issue.
 */
public final class VirtHandlerMain {
  private VirtHandlerMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
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
    Heartbeat heartbeat =
        new Heartbeat(client, node, Clock.systemUTC(), interval, devicePlugins::initialized);
    HealthServer health =
        new HealthServer(
            "0.0.0.0",
            port,
            heartbeat::isBeating,
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  heartbeat.close();
                  devicePlugins.close();
                  health.close();
                  client.close();
                },
                "shutdown"));
  }
}
