package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;

/**
 * How importer pods run: image and pull policy (the controller's IMPORTER_IMAGE and PULL_POLICY),
 * log verbosity, resources and pull secrets (CDIConfig status), placement (CDI workload), and the
 * registries reached without TLS verification.
 */
public record ImporterSettings(
    String image,
    String pullPolicy,
    int verbosity,
    ResourceRequirements resources,
    List<LocalObjectReference> imagePullSecrets,
    Map<String, String> nodeSelector,
    List<Toleration> tolerations,
    List<String> insecureRegistries) {
  public ImporterSettings {
    imagePullSecrets = imagePullSecrets == null ? List.of() : List.copyOf(imagePullSecrets);
    nodeSelector = nodeSelector == null ? Map.of() : Map.copyOf(nodeSelector);
    tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
    insecureRegistries = insecureRegistries == null ? List.of() : List.copyOf(insecureRegistries);
    resources = resources == null ? defaultResources() : resources;
    pullPolicy = pullPolicy == null ? "IfNotPresent" : pullPolicy;
  }

  /** {@code image} with upstream's defaults for everything else. */
  public static ImporterSettings defaults(String image) {
    return new ImporterSettings(image, "IfNotPresent", 1, null, null, null, null, null);
  }

  /** These settings reaching {@code registries} without TLS verification (CDIConfig spec). */
  public ImporterSettings withInsecureRegistries(List<String> registries) {
    return new ImporterSettings(
        image,
        pullPolicy,
        verbosity,
        resources,
        imagePullSecrets,
        nodeSelector,
        tolerations,
        registries);
  }

  /** Upstream's defaultPodResourceRequirements: requests 100m/60M, limits 750m/600M. */
  public static ResourceRequirements defaultResources() {
    return new ResourceRequirementsBuilder()
        .addToRequests("cpu", new Quantity("100m"))
        .addToRequests("memory", new Quantity("60M"))
        .addToLimits("cpu", new Quantity("750m"))
        .addToLimits("memory", new Quantity("600M"))
        .build();
  }
}
