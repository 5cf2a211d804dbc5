package io.jvirt.cdi.apiserver;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.cdi.server.ServerOptions;
import java.time.Clock;

/** Entry point of cdi-apiserver: in cluster (service account) or out of cluster (kubeconfig). */
public final class CdiApiServerMain {
  private CdiApiServerMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    ServerOptions options = ServerOptions.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    CdiApiServer server = new CdiApiServer(client, options, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
  }
}
