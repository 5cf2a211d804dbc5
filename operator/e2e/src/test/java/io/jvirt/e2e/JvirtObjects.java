package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.contract.Components;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * jvirt's own objects as whoever installed it left them (Flux, Helm): the KubeVirt and CDI CRs read
 * without the typed model, and whether every component runs an image tag.
 */
final class JvirtObjects {
  private static final List<String> NAMESPACES = List.of("kubevirt", "cdi");

  private JvirtObjects() {}

  static GenericKubernetesResource kubevirtCr(KubernetesClient client) {
    return client
        .genericKubernetesResources("kubevirt.io/v1", "KubeVirt")
        .inNamespace("kubevirt")
        .withName("kubevirt")
        .get();
  }

  static GenericKubernetesResource cdiCr(KubernetesClient client) {
    return client
        .genericKubernetesResources("cdi.kubevirt.io/v1beta1", "CDI")
        .withName("cdi")
        .get();
  }

  /** Field {@code field} of the object's status, if any. */
  @SuppressWarnings("unchecked")
  static Object status(GenericKubernetesResource object, String field) {
    Object status = object == null ? null : object.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(field) : null;
  }

  /** The status of the object's condition of {@code type}, if it has one. */
  @SuppressWarnings("unchecked")
  static String conditionStatus(GenericKubernetesResource object, String type) {
    if (status(object, "conditions") instanceof List<?> list) {
      for (Object condition : list) {
        Map<String, Object> fields = (Map<String, Object>) condition;
        if (type.equals(fields.get("type"))) {
          return String.valueOf(fields.get("status"));
        }
      }
    }
    return null;
  }

  /**
   * True once every Deployment of jvirt and CDI runs {@code tag} rolled out and ready, every
   * DaemonSet is rolled out and ready, and no live component pod runs another image.
   */
  static boolean runTag(KubernetesClient client, String tag) {
    for (String namespace : NAMESPACES) {
      for (Deployment deployment :
          client.apps().deployments().inNamespace(namespace).list().getItems()) {
        var status = deployment.getStatus();
        if (!image(
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
      for (Pod pod :
          client.pods().inNamespace(namespace).withLabel(Components.LABEL).list().getItems()) {
        if (pod.getMetadata().getDeletionTimestamp() == null
            && !image(pod.getSpec().getContainers().get(0).getImage(), tag)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean image(String reference, String tag) {
    return reference.endsWith(":" + tag);
  }
}
