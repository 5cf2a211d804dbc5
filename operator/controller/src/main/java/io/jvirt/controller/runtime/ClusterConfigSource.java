package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.List;
import java.util.function.Supplier;

/** The cluster configuration of the (single) KubeVirt CR, or defaults when there is none yet. */
public final class ClusterConfigSource implements Supplier<ClusterConfig> {
  private final KubernetesClient client;
  private final String launcherImage;
  private final List<String> launcherCommand;

  /**
   * Reads KubeVirt CRs through {@code client}; the launcher image and command are this process's.
   */
  public ClusterConfigSource(
      KubernetesClient client, String launcherImage, List<String> launcherCommand) {
    this.client = client;
    this.launcherImage = launcherImage;
    this.launcherCommand = List.copyOf(launcherCommand);
  }

  @Override
  public ClusterConfig get() {
    ClusterConfig config = fromKubeVirt();
    return new ClusterConfig(
        config.launcherImage(),
        launcherCommand,
        config.imagePullPolicy(),
        config.useEmulation(),
        config.cpuAllocationRatio(),
        config.memoryOvercommit(),
        config.cpuRequest(),
        config.defaultNetworkInterface());
  }

  private ClusterConfig fromKubeVirt() {
    return client.resources(KubeVirt.class).inAnyNamespace().list().getItems().stream()
        .filter(kv -> kv.getMetadata().getDeletionTimestamp() == null && kv.getSpec() != null)
        .findFirst()
        .map(kv -> ClusterConfig.from(kv.getSpec(), launcherImage))
        .orElse(ClusterConfig.defaults(launcherImage));
  }
}
