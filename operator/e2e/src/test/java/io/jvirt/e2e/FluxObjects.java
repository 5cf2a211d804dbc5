package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flux's objects on the cluster as the GitOps tests read and poke them: Ready conditions, reconcile
 * requests (what {@code flux reconcile} and a Git push webhook do), and what a Kustomization
 * applied.
 */
final class FluxObjects {
  static final String NAMESPACE = "flux-system";
  static final String KUSTOMIZE_API = "kustomize.toolkit.fluxcd.io/v1";
  static final String SOURCE_API = "source.toolkit.fluxcd.io/v1";
  static final String KUSTOMIZE_MANAGER = "kustomize-controller";
  private static final String REQUESTED_AT = "reconcile.fluxcd.io/requestedAt";

  /** A Ready condition as Flux writes it; {@code Unknown} with no reason while there is none. */
  record Readiness(String status, String reason, String message) {
    boolean ready() {
      return "True".equals(status);
    }

    @Override
    public String toString() {
      return status + " " + reason + ": " + message;
    }
  }

  /**
   * What the tests compare across reconciliations of one applied object: its spec generation, its
   * resourceVersion, and when kustomize-controller last changed a field it owns.
   */
  record Fingerprint(Long generation, String resourceVersion, String appliedAt) {}

  private final KubernetesClient client;

  FluxObjects(KubernetesClient client) {
    this.client = client;
  }

  Resource<GenericKubernetesResource> kustomization(String name) {
    return client
        .genericKubernetesResources(KUSTOMIZE_API, "Kustomization")
        .inNamespace(NAMESPACE)
        .withName(name);
  }

  Resource<GenericKubernetesResource> gitRepository(String name) {
    return client
        .genericKubernetesResources(SOURCE_API, "GitRepository")
        .inNamespace(NAMESPACE)
        .withName(name);
  }

  /** The Ready condition of Kustomization {@code name}. */
  Readiness readiness(String name) {
    return readiness(kustomization(name).get());
  }

  /** The Ready condition of {@code object} (a Kustomization or a source). */
  static Readiness readiness(GenericKubernetesResource object) {
    for (Map<String, Object> condition : JvirtObjects.conditions(object)) {
      if ("Ready".equals(condition.get("type"))) {
        return new Readiness(
            String.valueOf(condition.get("status")),
            String.valueOf(condition.get("reason")),
            String.valueOf(condition.get("message")));
      }
    }
    return new Readiness("Unknown", "", object == null ? "not found" : "no Ready condition");
  }

  /** When Kustomization {@code name}'s Ready condition last changed (RFC 3339). */
  String readySince(String name) {
    for (Map<String, Object> condition : JvirtObjects.conditions(kustomization(name).get())) {
      if ("Ready".equals(condition.get("type"))) {
        return String.valueOf(condition.get("lastTransitionTime"));
      }
    }
    return "";
  }

  /** The revision Kustomization {@code name} last applied successfully. */
  String lastAppliedRevision(String name) {
    GenericKubernetesResource object = kustomization(name).get();
    Object revision = object == null ? null : status(object).get("lastAppliedRevision");
    return revision == null ? "" : revision.toString();
  }

  /**
   * Asks for a reconciliation now, as {@code flux reconcile} does (a merge patch: the controller
   * writes the object's status meanwhile); returns the request's token.
   */
  String requestReconcile(Resource<GenericKubernetesResource> object, String token) {
    object.patch(
        PatchContext.of(PatchType.JSON_MERGE),
        Serialization.asJson(
            Map.of("metadata", Map.of("annotations", Map.of(REQUESTED_AT, token)))));
    return token;
  }

  /** Sets {@code spec.prune} of Kustomization {@code name}: false lets go of what it applied. */
  void setPrune(String name, boolean prune) {
    kustomization(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            Serialization.asJson(Map.of("spec", Map.of("prune", prune))));
  }

  /** True once {@code object} has handled reconcile request {@code token}. */
  static boolean handled(GenericKubernetesResource object, String token) {
    return object != null && token.equals(status(object).get("lastHandledReconcileAt"));
  }

  /** The objects Kustomization {@code name} applied, as its inventory lists them. */
  List<GenericKubernetesResource> inventory(String kustomization) {
    List<GenericKubernetesResource> objects = new ArrayList<>();
    Object inventory = status(kustomization(kustomization).get()).get("inventory");
    if (!(inventory instanceof Map<?, ?> map) || !(map.get("entries") instanceof List<?> entries)) {
      return objects;
    }
    for (Object entry : entries) {
      Map<?, ?> fields = (Map<?, ?>) entry;
      // <namespace>_<name>_<group>_<kind>, a ':' in the name written as "__" (cli-utils'
      // ObjMetadata)
      String id = String.valueOf(fields.get("id"));
      String namespace = id.substring(0, id.indexOf('_'));
      String kindName = id.substring(id.lastIndexOf('_') + 1);
      String rest = id.substring(namespace.length() + 1, id.lastIndexOf('_'));
      String group = rest.substring(rest.lastIndexOf('_') + 1);
      String name = rest.substring(0, rest.lastIndexOf('_')).replace("__", ":");
      String version = String.valueOf(fields.get("v"));
      String apiVersion = group.isEmpty() ? version : group + "/" + version;
      var kind = client.genericKubernetesResources(definition(apiVersion, kindName));
      GenericKubernetesResource object =
          namespace.isEmpty()
              ? kind.withName(name).get()
              : kind.inNamespace(namespace).withName(name).get();
      if (object != null) {
        objects.add(object);
      }
    }
    return objects;
  }

  /** How {@code kind} of {@code apiVersion} is reached, from the API server's discovery. */
  private ResourceDefinitionContext definition(String apiVersion, String kind) {
    APIResourceList resources = client.getApiResources(apiVersion);
    for (APIResource resource :
        resources == null ? List.<APIResource>of() : resources.getResources()) {
      if (kind.equals(resource.getKind()) && !resource.getName().contains("/")) {
        return new ResourceDefinitionContext.Builder()
            .withGroup(
                apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "")
            .withVersion(apiVersion.substring(apiVersion.indexOf('/') + 1))
            .withKind(kind)
            .withPlural(resource.getName())
            .withNamespaced(Boolean.TRUE.equals(resource.getNamespaced()))
            .build();
      }
    }
    throw new IllegalStateException("the API server serves no " + kind + " in " + apiVersion);
  }

  /** The fingerprint of {@code object}. */
  static Fingerprint fingerprint(GenericKubernetesResource object) {
    String appliedAt = "";
    List<ManagedFieldsEntry> managed = object.getMetadata().getManagedFields();
    for (ManagedFieldsEntry entry : managed == null ? List.<ManagedFieldsEntry>of() : managed) {
      if (KUSTOMIZE_MANAGER.equals(entry.getManager())) {
        appliedAt += entry.getOperation() + "@" + entry.getTime() + " ";
      }
    }
    return new Fingerprint(
        object.getMetadata().getGeneration(),
        object.getMetadata().getResourceVersion(),
        appliedAt.strip());
  }

  /** {@code kind/namespace/name} of {@code object}. */
  static String describe(GenericKubernetesResource object) {
    return object.getKind()
        + "/"
        + Objects.requireNonNullElse(object.getMetadata().getNamespace(), "")
        + "/"
        + object.getMetadata().getName();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(GenericKubernetesResource object) {
    Object status = object == null ? null : object.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
