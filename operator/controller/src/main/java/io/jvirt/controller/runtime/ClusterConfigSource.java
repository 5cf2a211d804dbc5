package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.List;
import java.util.function.Supplier;

/**
 * The cluster configuration of the (single) KubeVirt CR, or defaults when there is none yet, read
 * from an informer's cache: every launcher pod rendered asks for it, and a LIST per pod cost one
 * API call per VMI (the density probe saw it).
 */
public final class ClusterConfigSource implements Supplier<ClusterConfig>, AutoCloseable {
  private final KubernetesClient client;
  private final String launcherImage;
  private final List<String> launcherCommand;
  private volatile SharedIndexInformer<KubeVirt> kubevirts;

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
    return kubevirts().getStore().list().stream()
        .filter(kv -> kv.getMetadata().getDeletionTimestamp() == null && kv.getSpec() != null)
        .findFirst()
        .map(kv -> ClusterConfig.from(kv.getSpec(), launcherImage))
        .orElse(ClusterConfig.defaults(launcherImage));
  }

  /** Started on first use (it lists once, then watches), so constructing costs nothing. */
  private SharedIndexInformer<KubeVirt> kubevirts() {
    SharedIndexInformer<KubeVirt> informer = kubevirts;
    if (informer == null) {
      synchronized (this) {
        if (kubevirts == null) {
          kubevirts = client.resources(KubeVirt.class).inAnyNamespace().inform();
        }
        informer = kubevirts;
      }
    }
    return informer;
  }

  @Override
  public void close() {
    if (kubevirts != null) {
      kubevirts.close();
    }
  }
}
