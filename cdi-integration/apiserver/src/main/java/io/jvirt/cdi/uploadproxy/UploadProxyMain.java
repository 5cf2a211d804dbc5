package io.jvirt.cdi.uploadproxy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jvirt.cdi.server.ServerOptions;
import java.time.Clock;

/** Entry point of cdi-uploadproxy: in cluster (service account) or out of cluster (kubeconfig). */
public final class UploadProxyMain {
  private UploadProxyMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    ServerOptions options = ServerOptions.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    UploadProxy proxy = new UploadProxy(client, options, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "shutdown"));
  }
}
