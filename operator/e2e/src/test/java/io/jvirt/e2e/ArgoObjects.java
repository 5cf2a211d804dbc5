package io.jvirt.e2e;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD's Applications on the cluster as the GitOps tests read and poke them: sync and health
 * status, the health Argo CD gave each managed object, and refreshes (what {@code argocd app get
 * --hard-refresh} and a Git webhook request).
 */
final class ArgoObjects {
  static final String NAMESPACE = "argocd";
  static final String API = "argoproj.io/v1alpha1";
  private static final String REFRESH = "argocd.argoproj.io/refresh";
  private static final String SECRET_TYPE = "argocd.argoproj.io/secret-type";

  /** Sync status, health status and message of an Application, and the revision it synced. */
  record AppState(String sync, String health, String healthMessage, String revision) {
    boolean syncedAndHealthy() {
      return "Synced".equals(sync) && "Healthy".equals(health);
    }

    @Override
    public String toString() {
      return sync + "/" + health + (healthMessage == null ? "" : " (" + healthMessage + ")");
    }
  }

  private final KubernetesClient client;

  ArgoObjects(KubernetesClient client) {
    this.client = client;
  }

  Resource<GenericKubernetesResource> application(String name) {
    return client
        .genericKubernetesResources(API, "Application")
        .inNamespace(NAMESPACE)
        .withName(name);
  }

  Resource<GenericKubernetesResource> applicationSet(String name) {
    return client
        .genericKubernetesResources(API, "ApplicationSet")
        .inNamespace(NAMESPACE)
        .withName(name);
  }

  /** The names of every Application. */
  List<String> applicationNames() {
    return client
        .genericKubernetesResources(API, "Application")
        .inNamespace(NAMESPACE)
        .list()
        .getItems()
        .stream()
        .map(app -> app.getMetadata().getName())
        .toList();
  }

  /** The message of the Application's last sync operation, or null before one. */
  String operationMessage(String app) {
    return (String) JvirtObjects.at(application(app).get(), "status", "operationState", "message");
  }

  /**
   * Registers a cluster as Argo CD's declarative setup does: a Secret labelled as a cluster, with
   * {@code labels} for ApplicationSet selectors.
   */
  void registerCluster(String name, String server, Map<String, String> labels) {
    Map<String, String> all = new HashMap<>(labels);
    all.put(SECRET_TYPE, "cluster");
    client
        .secrets()
        .inNamespace(NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("cluster-" + name)
                .withLabels(all)
                .endMetadata()
                .addToStringData("name", name)
                .addToStringData("server", server)
                .addToStringData("config", "{\"tlsClientConfig\":{\"insecure\":false}}")
                .build())
        .serverSideApply();
  }

  void unregisterClusters(String... names) {
    for (String name : names) {
      client.secrets().inNamespace(NAMESPACE).withName("cluster-" + name).delete();
    }
  }

  /** The state of Application {@code name}; all null while it has no status. */
  AppState state(String name) {
    GenericKubernetesResource app = application(name).get();
    return new AppState(
        (String) JvirtObjects.at(app, "status", "sync", "status"),
        (String) JvirtObjects.at(app, "status", "health", "status"),
        (String) JvirtObjects.at(app, "status", "health", "message"),
        (String) JvirtObjects.at(app, "status", "sync", "revision"));
  }

  /** The health Argo CD recorded for managed object {@code kind}/{@code name}, or null. */
  String resourceHealth(String app, String kind, String name) {
    for (Map<String, Object> resource : resources(app)) {
      if (kind.equals(resource.get("kind")) && name.equals(resource.get("name"))) {
        return (String) JvirtObjects.at(resource, "health", "status");
      }
    }
    return null;
  }

  /** The managed objects as Argo CD lists them in the Application's status. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> resources(String app) {
    Object resources = JvirtObjects.at(application(app).get(), "status", "resources");
    return resources == null ? List.of() : (List<Map<String, Object>>) resources;
  }

  /** How many syncs the Application has run (its history; each sync adds one entry). */
  int syncCount(String app) {
    Object history = JvirtObjects.at(application(app).get(), "status", "history");
    return history == null ? 0 : ((List<?>) history).size();
  }

  /**
   * Asks for a hard refresh (Git read again, every object compared anew) and waits until the
   * controller has done it: it removes the annotation in the same patch as the new status.
   */
  void hardRefresh(String app) {
    application(app)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"annotations\":{\"" + REFRESH + "\":\"hard\"}}}");
    await()
        .alias("hard refresh of " + app)
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Map<String, String> annotations =
                  application(app).get().getMetadata().getAnnotations();
              return annotations == null || !annotations.containsKey(REFRESH);
            });
  }

  /** Removes the Application without touching what it deployed (no resources finalizer). */
  void deleteKeepingResources(String app) {
    application(app).delete();
  }
}
