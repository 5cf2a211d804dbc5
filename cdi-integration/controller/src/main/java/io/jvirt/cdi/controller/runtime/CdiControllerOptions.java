package io.jvirt.cdi.controller.runtime;

import io.jvirt.cdi.contract.CdiComponents;
import java.util.Map;

/**
 * How cdi-controller runs, from its environment (set by cdi-operator).
 *
 * @param importerImage the image of importer pods
 * @param pullPolicy the pull policy of importer pods
 * @param namespace the namespace it runs in (its lease lives there)
 * @param healthPort the port of /healthz, /readyz and /metrics (0: any)
 * @param leaderElection whether replicas compete for a lease (off in tests with one replica)
 */
public record CdiControllerOptions(
    String importerImage,
    String pullPolicy,
    String namespace,
    int healthPort,
    boolean leaderElection) {
  /** Reads the options; the importer image is required. */
  public static CdiControllerOptions fromEnvironment(Map<String, String> env) {
    String image = env.get(CdiComponents.ENV_IMPORTER_IMAGE);
    if (image == null || image.isBlank()) {
      throw new IllegalArgumentException(
          CdiComponents.ENV_IMPORTER_IMAGE + " must name the importer image");
    }
    return new CdiControllerOptions(
        image,
        env.getOrDefault(CdiComponents.ENV_PULL_POLICY, "IfNotPresent"),
        env.getOrDefault(CdiComponents.ENV_NAMESPACE, CdiComponents.NAMESPACE),
        Integer.parseInt(
            env.getOrDefault(
                CdiComponents.ENV_HEALTH_PORT, Integer.toString(CdiComponents.HEALTH_PORT))),
        true);
  }
}
