package io.jvirt.testing;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Objects;

/** Whether an upgrade has rolled out: the Deployments, DaemonSets and pods of some namespaces. */
public final class Rollouts {
  private Rollouts() {}

  /**
   * True once, in each of {@code namespaces}, every Deployment runs {@code tag} rolled out and
   * ready, every DaemonSet is rolled out and ready, and no live pod runs another tag.
   */
  public static boolean done(KubernetesClient client, List<String> namespaces, String tag) {
    for (String namespace : namespaces) {
      for (Deployment deployment :
          client.apps().deployments().inNamespace(namespace).list().getItems()) {
        var status = deployment.getStatus();
        if (!tagged(
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(), tag)
            || status == null
            || !Objects.equals(status.getUpdatedReplicas(), status.getReplicas())
            || !Objects.equals(status.getReadyReplicas(), status.getReplicas())) {
          return false;
        }
      }
      for (DaemonSet daemonSet :
          client.apps().daemonSets().inNamespace(namespace).list().getItems()) {
        var status = daemonSet.getStatus();
        if (status == null
            || !Objects.equals(
                status.getUpdatedNumberScheduled(), status.getDesiredNumberScheduled())
            || !Objects.equals(status.getNumberReady(), status.getDesiredNumberScheduled())) {
          return false;
        }
      }
      for (Pod pod : client.pods().inNamespace(namespace).list().getItems()) {
        if (pod.getMetadata().getDeletionTimestamp() == null
            && !tagged(pod.getSpec().getContainers().get(0).getImage(), tag)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean tagged(String image, String tag) {
    return image.endsWith(":" + tag);
  }
}
