package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches a namespace's launcher pods for as long as it is open and records every moment one VM or
 * one VMI had two launcher pods that were not on their way out: checked on every event, not sampled
 * at the end.
 */
final class LauncherPodWatch implements AutoCloseable {
  private final Map<String, Pod> pods = new ConcurrentHashMap<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();
  private final Map<String, String> endings = new ConcurrentHashMap<>();
  private final SharedIndexInformer<Pod> informer;
  private volatile long events;

  LauncherPodWatch(KubernetesClient client, String namespace) {
    informer =
        client
            .pods()
            .inNamespace(namespace)
            .withLabel(Components.LABEL, Components.LAUNCHER)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Pod pod) {
                    seen(pod);
                  }

                  @Override
                  public void onUpdate(Pod before, Pod pod) {
                    seen(pod);
                  }

                  @Override
                  public void onDelete(Pod pod, boolean finalStateUnknown) {
                    pods.remove(pod.getMetadata().getUid());
                  }
                });
  }

  private synchronized void seen(Pod pod) {
    events++;
    pods.put(pod.getMetadata().getUid(), pod);
    if (finished(pod)) {
      endings.putIfAbsent(
          pod.getMetadata().getName(),
          pod.getStatus().getPhase()
              + " "
              + pod.getStatus().getReason()
              + ": "
              + pod.getStatus().getMessage());
    }
    Map<String, String> labels = pod.getMetadata().getLabels();
    check(KubevirtLabels.VM_NAME, labels.get(KubevirtLabels.VM_NAME));
    check(KubevirtLabels.CREATED_BY, labels.get(KubevirtLabels.CREATED_BY));
  }

  private void check(String label, String value) {
    List<String> live =
        pods.values().stream()
            .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
            .filter(p -> value != null && value.equals(p.getMetadata().getLabels().get(label)))
            .filter(p -> !finished(p))
            .map(p -> p.getMetadata().getName())
            .toList();
    if (live.size() > 1) {
      violations.add(Instant.now() + " " + label + "=" + value + " has launcher pods " + live);
    }
  }

  private static boolean finished(Pod pod) {
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    return "Succeeded".equals(phase) || "Failed".equals(phase);
  }

  /** Every moment two live launcher pods served one VM or one VMI. */
  List<String> violations() {
    return List.copyOf(violations);
  }

  /** How each launcher pod that finished while watched ended: phase, reason and message by name. */
  Map<String, String> endings() {
    return Map.copyOf(endings);
  }

  /** How many pod events the watch has checked. */
  long events() {
    return events;
  }

  /** The launcher pods that exist now, by UID. */
  Map<String, Pod> pods() {
    return Map.copyOf(pods);
  }

  @Override
  public void close() {
    informer.close();
  }
}
