package io.jvirt.cdi.operator;

import io.jvirt.cdi.contract.CdiComponents;
import java.util.Map;

/**
 * How cdi-operator runs, from its environment (upstream's names).
 *
 * @param controllerImage the image cdi-controller runs from
 * @param importerImage the image of importer pods
 * @param pullPolicy the default pull policy (the CR's imagePullPolicy wins)
 * @param namespace where CDI's components run
 * @param version the version deployed (status operatorVersion/targetVersion/observedVersion)
 * @param healthPort the port of /healthz, /readyz and /metrics
 */
public record CdiOperatorOptions(
    String controllerImage,
    String importerImage,
    String pullPolicy,
    String namespace,
    String version,
    int healthPort) {
  /** Reads the options; both images are required. */
  public static CdiOperatorOptions fromEnvironment(Map<String, String> env) {
    return new CdiOperatorOptions(
        required(env, CdiComponents.ENV_CONTROLLER_IMAGE),
        required(env, CdiComponents.ENV_IMPORTER_IMAGE),
        env.getOrDefault(CdiComponents.ENV_PULL_POLICY, "IfNotPresent"),
        env.getOrDefault(CdiComponents.ENV_NAMESPACE, CdiComponents.NAMESPACE),
        env.getOrDefault(CdiComponents.ENV_OPERATOR_VERSION, "v0.1.0"),
        Integer.parseInt(
            env.getOrDefault(
                CdiComponents.ENV_HEALTH_PORT, Integer.toString(CdiComponents.HEALTH_PORT))));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set");
    }
    return value;
  }
}
