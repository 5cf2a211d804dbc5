package io.jvirt.cdi.operator;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import java.util.Map;

/** Entry point of cdi-operator: in cluster (service account) or out of cluster (kubeconfig). */
public final class CdiOperatorMain {
  private CdiOperatorMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    CdiOperator operator =
        new CdiOperator(
            new KubernetesClientBuilder().build(),
            CdiOperatorOptions.fromEnvironment(env),
            Clock.systemUTC(),
            true);
    Runtime.getRuntime().addShutdownHook(new Thread(operator::close, "shutdown"));
  }
}
