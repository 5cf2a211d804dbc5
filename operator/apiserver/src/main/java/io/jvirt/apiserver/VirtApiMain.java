package io.jvirt.apiserver;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;

/** Entry point of virt-api: in cluster (service account) or out of cluster (kubeconfig). */
public final class VirtApiMain {
  private VirtApiMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    VirtApiOptions options = VirtApiOptions.fromEnvironment(System.getenv());
    KubernetesClient client = new KubernetesClientBuilder().build();
    String version = VirtApiMain.class.getPackage().getImplementationVersion();
    VirtApi api =
        new VirtApi(client, options, Clock.systemUTC(), version == null ? "0.1.0-dev" : version);
    Runtime.getRuntime().addShutdownHook(new Thread(api::close, "shutdown"));
  }
}
