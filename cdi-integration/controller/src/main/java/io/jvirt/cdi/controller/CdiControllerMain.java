package io.jvirt.cdi.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.cdi.controller.runtime.CdiController;
import io.jvirt.cdi.controller.runtime.CdiControllerOptions;
import java.time.Clock;

/** Entry point of cdi-controller: in cluster (service account) or out of cluster (kubeconfig). */
public final class CdiControllerMain {
  private CdiControllerMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    CdiControllerOptions options = CdiControllerOptions.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    CdiController controller = new CdiController(client, options, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(controller::close, "shutdown"));
  }
}
