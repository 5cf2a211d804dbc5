package io.jvirt.controller.node;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.controller.node.decide.NodeHealth;
import io.jvirt.daemon.events.EventRecorder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-checks every node once a minute (upstream's period): an unresponsive node is marked
 * unschedulable and its VMIs without a live launcher pod are failed with reason NodeUnresponsive.
 */
@ControllerConfiguration(name = "node", generationAwareEventProcessing = false)
public final class NodeReconciler implements Reconciler<Node> {
  private static final Logger LOG = LoggerFactory.getLogger(NodeReconciler.class);
  static final Duration PERIOD = Duration.ofMinutes(1);

  private final KubernetesClient client;
  private final EventRecorder events;
  private final Clock clock;
  private final Duration timeout;

  /** Nodes whose heartbeat is older than {@code timeout} are unresponsive. */
  public NodeReconciler(
      KubernetesClient client, EventRecorder events, Clock clock, Duration timeout) {
    this.client = client;
    this.events = events;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public UpdateControl<Node> reconcile(Node node, Context<Node> context) {
    String name = node.getMetadata().getName();
    if (!hasHeartbeat(node)) {
      return UpdateControl.<Node>noUpdate().rescheduleAfter(PERIOD);
    }
    List<VirtualMachineInstance> vmis =
        client
            .resources(VirtualMachineInstance.class)
            .inAnyNamespace()
            .withLabel(KubevirtLabels.NODE_NAME, name)
            .list()
            .getItems();
    Map<String, List<Pod>> pods =
        client
            .pods()
            .inAnyNamespace()
            .withLabel(Components.LABEL, Components.LAUNCHER)
            .withField("spec.nodeName", name)
            .list()
            .getItems()
            .stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.getMetadata().getLabels().getOrDefault(KubevirtLabels.CREATED_BY, "")));
    NodeHealth.Verdict verdict = NodeHealth.decide(node, vmis, pods, clock.instant(), timeout);
    if (verdict.markUnschedulable()) {
      LOG.warn("virt-handler on node {} is not responsive", name);
      client
          .nodes()
          .withName(name)
          .patch(
              PatchContext.of(PatchType.JSON_MERGE),
              "{\"metadata\":{\"labels\":{\"" + KubevirtLabels.SCHEDULABLE + "\":\"false\"}}}");
      events.normal(node, NodeHealth.NODE_UNRESPONSIVE, "virt-handler is not responsive");
    }
    for (VirtualMachineInstance vmi : verdict.vmisToFail()) {
      fail(vmi, name);
    }
    return UpdateControl.<Node>noUpdate().rescheduleAfter(PERIOD);
  }

  private void fail(VirtualMachineInstance vmi, String node) {
    try {
      client
          .resources(VirtualMachineInstance.class)
          .inNamespace(vmi.getMetadata().getNamespace())
          .withName(vmi.getMetadata().getName())
          .patch(
              PatchContext.of(PatchType.JSON),
              "[{\"op\":\"replace\",\"path\":\"/status/phase\",\"value\":\"Failed\"},"
                  + "{\"op\":\"add\",\"path\":\"/status/reason\",\"value\":\""
                  + NodeHealth.NODE_UNRESPONSIVE
                  + "\"}]");
      events.normal(vmi, NodeHealth.NODE_UNRESPONSIVE, NodeHealth.message(node));
    } catch (KubernetesClientException e) {
      LOG.warn(
          "cannot fail VMI {} of unresponsive node {}: {}",
          vmi.getMetadata().getName(),
          node,
          e.getMessage());
    }
  }

  private static boolean hasHeartbeat(Node node) {
    var annotations = node.getMetadata().getAnnotations();
    return annotations != null
        && annotations.containsKey(io.jvirt.contract.KubevirtAnnotations.HEARTBEAT);
  }
}
