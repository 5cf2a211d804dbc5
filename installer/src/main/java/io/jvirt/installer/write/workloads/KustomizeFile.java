package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A kustomize {@code kustomization.yaml}: a folder's files, or an opt-in component of patches. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"apiVersion", "kind", "resources", "patches"})
record KustomizeFile(String apiVersion, String kind, List<String> resources, List<Patch> patches) {

  /** A kustomization made of {@code resources}. */
  static KustomizeFile of(List<String> resources) {
    return new KustomizeFile(
        "kustomize.config.k8s.io/v1beta1", "Kustomization", resources, List.of());
  }

  /** A component: patches applied only by kustomizations that list it under components. */
  static KustomizeFile component(List<Patch> patches) {
    return new KustomizeFile("kustomize.config.k8s.io/v1alpha1", "Component", List.of(), patches);
  }

  /** A patch file; its apiVersion, kind, name and namespace select what it patches. */
  record Patch(String path) {}
}
