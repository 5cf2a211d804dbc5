package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.subresources.decide.HandlerAnswers;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.contract.Components;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.handlerapi.HandlerBytes;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.handlerapi.HandlerReply;
import java.io.IOException;
import java.net.http.WebSocket;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the virt-handler of the VMI's node, as upstream does: finds the pod labelled {@code
 * kubevirt.io=virt-handler} on {@code status.nodeName} in virt-api's namespace and {@code PUT}s
 * {@code https://<pod IP>:<port>/v1/namespaces/{ns}/virtualmachineinstances/{name}/<subresource>}
 * over mutual TLS ({@link HandlerClient}). The handler's refusals are passed on with their status
 * and message; a handler that cannot be reached is a 503 naming the node.
 */
public final class NodeHandlerProxy implements HandlerProxy {
  private static final Logger LOG = LoggerFactory.getLogger(NodeHandlerProxy.class);

  private final KubernetesClient client;
  private final String namespace;
  private final HandlerClient handlers;
  private final int port;

  /** Looks for handler pods in {@code namespace} and calls them on {@code port}. */
  public NodeHandlerProxy(
      KubernetesClient client, String namespace, HandlerClient handlers, int port) {
    this.client = client;
    this.namespace = namespace;
    this.handlers = handlers;
    this.port = port;
  }

  @Override
  public Optional<LifecyclePlan.Reject> call(
      VirtualMachineInstance vmi, String subresource, String body) {
    String node = vmi.getStatus() == null ? null : vmi.getStatus().getNodeName();
    List<Pod> pods = node == null || node.isBlank() ? List.of() : handlerPods(node);
    if (pods.isEmpty()) {
      return Optional.of(HandlerAnswers.noHandler(node, subresource));
    }
    if (!HandlerApi.LIFECYCLE.contains(subresource)) {
      return Optional.of(HandlerAnswers.notServed(node, subresource));
    }
    Optional<String> address = address(pods);
    if (address.isEmpty()) {
      return Optional.of(HandlerAnswers.noAddress(node));
    }
    String ns = vmi.getMetadata().getNamespace();
    String name = vmi.getMetadata().getName();
    HandlerReply reply;
    try {
      reply = handlers.put(address.get(), port, ns, name, subresource, body);
    } catch (IOException e) {
      String cause = describe(e);
      LOG.warn(
          "{} of {}/{}: virt-handler on {} unreachable: {}", subresource, ns, name, node, cause);
      return Optional.of(HandlerAnswers.unreachable(node, cause));
    }
    return HandlerAnswers.reply(reply.status(), reply.message(), node, subresource);
  }

  @Override
  public Fetched fetch(VirtualMachineInstance vmi, String subresource) {
    String node = vmi.getStatus() == null ? null : vmi.getStatus().getNodeName();
    List<Pod> pods = node == null || node.isBlank() ? List.of() : handlerPods(node);
    if (pods.isEmpty()) {
      return new Fetched(null, HandlerAnswers.noHandler(node, subresource));
    }
    Optional<String> address = address(pods);
    if (address.isEmpty()) {
      return new Fetched(null, HandlerAnswers.noAddress(node));
    }
    String ns = vmi.getMetadata().getNamespace();
    String name = vmi.getMetadata().getName();
    try {
      HandlerBytes reply = handlers.get(address.get(), port, ns, name, subresource);
      if (reply.ok()) {
        return new Fetched(reply.body(), null);
      }
      return new Fetched(
          null,
          HandlerAnswers.reply(reply.status(), reply.message(), node, subresource)
              .orElse(
                  new LifecyclePlan.Reject(
                      500, "InternalError", subresource + " failed on node " + node)));
    } catch (IOException e) {
      return new Fetched(null, HandlerAnswers.unreachable(node, describe(e)));
    }
  }

  /**
   * Opens the WebSocket stream {@code subresource} (console) of the VMI at its node's virt-handler,
   * whose frames go to {@code listener}: {@link StreamOpening.Connected}, or why not.
   */
  public StreamOpening dial(
      VirtualMachineInstance vmi, String subresource, WebSocket.Listener listener) {
    String node = vmi.getStatus() == null ? null : vmi.getStatus().getNodeName();
    List<Pod> pods = node == null || node.isBlank() ? List.of() : handlerPods(node);
    if (pods.isEmpty()) {
      return new StreamOpening.Refused(HandlerAnswers.noHandler(node, subresource));
    }
    Optional<String> address = address(pods);
    if (address.isEmpty()) {
      return new StreamOpening.Refused(HandlerAnswers.noAddress(node));
    }
    return HandlerStreams.connect(handlers, address.get(), port, vmi, subresource, listener, node);
  }

  /** The address of a live handler pod, a running one first. */
  private static Optional<String> address(List<Pod> pods) {
    return pods.stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .filter(p -> p.getStatus() != null && notBlank(p.getStatus().getPodIP()))
        .sorted(Comparator.comparing(p -> "Running".equals(p.getStatus().getPhase()) ? 0 : 1))
        .map(p -> p.getStatus().getPodIP())
        .findFirst();
  }

  private List<Pod> handlerPods(String node) {
    return client
        .pods()
        .inNamespace(namespace)
        .withLabel(Components.LABEL, Components.HANDLER)
        .withField("spec.nodeName", node)
        .list()
        .getItems();
  }

  /** The exception's type and message, and its cause's when the message alone says little. */
  static String describe(Throwable e) {
    String text = e.getClass().getSimpleName();
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      text += ": " + e.getMessage();
    }
    if (e.getCause() != null && e.getCause() != e && e.getCause().getMessage() != null) {
      text += " (" + e.getCause().getMessage() + ")";
    }
    return text;
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
