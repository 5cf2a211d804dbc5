package io.jvirt.installer.write.gitops;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The per-object annotations the GitOps payload carries: Argo CD sync waves, and the
 * never-prune/never-delete marks on objects whose removal would take every VM with it (P10).
 */
public final class GitOpsAnnotations {
  /** Argo CD's per-object sync options. */
  public static final String ARGO_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";

  /** Argo CD's sync wave (a quoted integer). */
  public static final String ARGO_SYNC_WAVE = "argocd.argoproj.io/sync-wave";

  /** Flux kustomize-controller's per-object prune switch. */
  public static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";

  /** Argo CD: keep the object when it leaves Git and when the Application is deleted. */
  public static final String ARGO_KEEP = "Prune=false,Delete=false";

  /** Flux: keep the object when it leaves Git and when the Kustomization is deleted. */
  public static final String FLUX_KEEP = "Disabled";

  /** Wave of every Namespace: before anything that lives in one. */
  public static final int NAMESPACE_WAVE = -2;

  private GitOpsAnnotations() {}

  /**
   * True for objects a GitOps tool must never remove: deleting a CRD deletes every object of it
   * (all VMs), deleting the KubeVirt or CDI CR uninstalls, deleting a namespace deletes its
   * contents.
   */
  public static boolean mustBeKept(String apiVersion, String kind) {
    String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    return switch (kind) {
      case "Namespace" -> group.isEmpty();
      case "CustomResourceDefinition" -> group.equals("apiextensions.k8s.io");
      case "KubeVirt" -> group.equals("kubevirt.io");
      case "CDI" -> group.equals("cdi.kubevirt.io");
      default -> false;
    };
  }

  /** The Argo CD sync wave of an object of {@code kind} in the unit at {@code unitIndex}. */
  public static int wave(int unitIndex, String kind) {
    return kind.equals("Namespace") ? NAMESPACE_WAVE : unitIndex - 1;
  }

  /**
   * Adds the wave and, where needed, the keep marks to {@code object}, a copy of a model object.
   */
  static void annotate(ObjectNode object, int unitIndex) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    ObjectNode annotations = object.withObject("/metadata").withObject("/annotations");
    annotations.put(ARGO_SYNC_WAVE, Integer.toString(wave(unitIndex, kind)));
    if (mustBeKept(apiVersion, kind)) {
      annotations.put(ARGO_SYNC_OPTIONS, ARGO_KEEP);
      annotations.put(FLUX_PRUNE, FLUX_KEEP);
    }
  }
}
