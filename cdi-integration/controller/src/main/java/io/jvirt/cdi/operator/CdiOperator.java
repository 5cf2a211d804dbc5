package io.jvirt.cdi.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.controller.runtime.LeaderElectedRuntime;
import io.jvirt.daemon.events.EventRecorder;
import java.time.Clock;

/** cdi-operator wired together: the CDI CR's reconciler under the operator's lease. */
public final class CdiOperator implements AutoCloseable {
  private final LeaderElectedRuntime runtime;

  /** Builds and starts cdi-operator against {@code client}. */
  public CdiOperator(
      KubernetesClient client, CdiOperatorOptions options, Clock clock, boolean leaderElection) {
    EventRecorder events = new EventRecorder(client, CdiComponents.OPERATOR, clock);
    runtime =
        new LeaderElectedRuntime(
            client,
            leaderElection ? CdiComponents.OPERATOR_LEASE : null,
            options.namespace(),
            options.healthPort(),
            operator ->
                operator.register(
                    new CdiReconciler(new ApiCdiComponentActions(client, events), options, clock)));
  }

  @Override
  public void close() {
    runtime.close();
  }
}
