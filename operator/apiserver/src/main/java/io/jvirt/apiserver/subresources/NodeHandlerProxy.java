package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.Components;
import java.util.List;

/**
 * Finds the virt-handler pod on the VMI's node (label {@code kubevirt.io=virt-handler}) to reach it
 * on port 8186. virt-handler is a later component: until it runs, every call says so plainly.
 */
public final class NodeHandlerProxy implements HandlerProxy {
  private final KubernetesClient client;
  private final String namespace;

  /** Looks for handler pods in {@code namespace}. */
  public NodeHandlerProxy(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  @Override
  public void call(VirtualMachineInstance vmi, String subresource, String body)
      throws HandlerUnavailableException {
    String node = vmi.getStatus() == null ? null : vmi.getStatus().getNodeName();
    List<Pod> handlers =
        client
            .pods()
            .inNamespace(namespace)
            .withLabel(Components.LABEL, Components.HANDLER)
            .list()
            .getItems()
            .stream()
            .filter(p -> node != null && node.equals(p.getSpec().getNodeName()))
            .toList();
    if (handlers.isEmpty()) {
      throw new HandlerUnavailableException(
          "no virt-handler runs on node " + node + " to " + subresource + " the VMI");
    }
    throw new HandlerUnavailableException(
        "virt-handler on node " + node + " does not serve " + subresource + " yet");
  }
}
