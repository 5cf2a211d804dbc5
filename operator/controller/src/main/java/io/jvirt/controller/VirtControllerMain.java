package io.jvirt.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.controller.runtime.ControllerOptions;
import io.jvirt.controller.runtime.VirtController;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Entry point of virt-controller: in cluster (service account) or out of cluster (kubeconfig). */
public final class VirtControllerMain {
  private VirtControllerMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    ControllerOptions options = ControllerOptions.fromEnvironment(System.getenv());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    KubernetesClient client =
        RateLimitedClients.create(options.clientQps(), options.clientBurst(), registry);
    VirtController controller = new VirtController(client, options, Clock.systemUTC(), registry);
    Runtime.getRuntime().addShutdownHook(new Thread(controller::close, "shutdown"));
  }
}
