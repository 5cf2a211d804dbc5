package io.jvirt.controller.config.model;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.kubevirt.DeveloperConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.api.v1.kubevirt.NetworkConfiguration;
import java.util.List;
import java.util.Objects;

/** Cluster-wide settings virt-controller renders launcher pods with (upstream virt-config). */
public record ClusterConfig(
    String launcherImage,
    List<String> launcherCommand,
    String imagePullPolicy,
    boolean useEmulation,
    int cpuAllocationRatio,
    int memoryOvercommit,
    Quantity cpuRequest,
    String defaultNetworkInterface) {

  /** The command of the compute container when nothing else is configured. */
  public static final List<String> DEFAULT_LAUNCHER_COMMAND =
      List.of("/usr/bin/virt-launcher-monitor");

  /** Pull policy of the launcher image when the KubeVirt CR sets none. */
  public static final String DEFAULT_IMAGE_PULL_POLICY = "IfNotPresent";

  /** vCPUs per requested CPU core when CPUs are not dedicated. */
  public static final int DEFAULT_CPU_ALLOCATION_RATIO = 10;

  /** Percentage of guest memory requested from the scheduler; 100 means no overcommit. */
  public static final int DEFAULT_MEMORY_OVERCOMMIT = 100;

  /** Upstream's default CPU request, as text. */
  public static final String DEFAULT_CPU_REQUEST = "100m";

  /** Binding of the default pod-network interface. */
  public static final String DEFAULT_NETWORK_INTERFACE = "bridge";

  /** Validates and defensively copies the components. */
  public ClusterConfig {
    Objects.requireNonNull(launcherImage, "launcherImage");
    launcherCommand = List.copyOf(launcherCommand);
    Objects.requireNonNull(imagePullPolicy, "imagePullPolicy");
    cpuRequest = new Quantity(cpuRequest.getAmount(), cpuRequest.getFormat());
    Objects.requireNonNull(defaultNetworkInterface, "defaultNetworkInterface");
    if (cpuAllocationRatio <= 0 || memoryOvercommit <= 0) {
      throw new IllegalArgumentException("cpuAllocationRatio and memoryOvercommit must be > 0");
    }
  }

  /** Upstream's defaults, with the given launcher image. */
  public static ClusterConfig defaults(String launcherImage) {
    return new ClusterConfig(
        launcherImage,
        DEFAULT_LAUNCHER_COMMAND,
        DEFAULT_IMAGE_PULL_POLICY,
        false,
        DEFAULT_CPU_ALLOCATION_RATIO,
        DEFAULT_MEMORY_OVERCOMMIT,
        new Quantity(DEFAULT_CPU_REQUEST),
        DEFAULT_NETWORK_INTERFACE);
  }

  /**
   * The settings of a KubeVirt CR spec, defaults where it is silent. The spec's imageRegistry and
   * imageTag replace the registry and tag of {@code launcherImage} when set.
   */
  public static ClusterConfig from(KubeVirtSpec spec, String launcherImage) {
    if (spec == null) {
      return defaults(launcherImage);
    }
    KubeVirtConfiguration configuration =
        spec.getConfiguration() == null ? new KubeVirtConfiguration() : spec.getConfiguration();
    DeveloperConfiguration developer =
        configuration.getDeveloperConfiguration() == null
            ? new DeveloperConfiguration()
            : configuration.getDeveloperConfiguration();
    NetworkConfiguration network =
        configuration.getNetwork() == null
            ? new NetworkConfiguration()
            : configuration.getNetwork();
    return new ClusterConfig(
        ImageReference.override(launcherImage, spec.getImageRegistry(), spec.getImageTag()),
        DEFAULT_LAUNCHER_COMMAND,
        firstSet(
            configuration.getImagePullPolicy(),
            spec.getImagePullPolicy(),
            DEFAULT_IMAGE_PULL_POLICY),
        Boolean.TRUE.equals(developer.getUseEmulation()),
        positiveOr(developer.getCpuAllocationRatio(), DEFAULT_CPU_ALLOCATION_RATIO),
        positiveOr(developer.getMemoryOvercommit(), DEFAULT_MEMORY_OVERCOMMIT),
        configuration.getCpuRequest() == null
            ? new Quantity(DEFAULT_CPU_REQUEST)
            : configuration.getCpuRequest(),
        firstSet(network.getDefaultNetworkInterface(), DEFAULT_NETWORK_INTERFACE));
  }

  /** True when {@link #cpuRequest} differs from upstream's default of 100m. */
  public boolean cpuRequestChanged() {
    return Quantity.getAmountInBytes(cpuRequest)
            .compareTo(Quantity.getAmountInBytes(new Quantity(DEFAULT_CPU_REQUEST)))
        != 0;
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    throw new IllegalStateException("no default given");
  }

  private static int positiveOr(Integer value, int fallback) {
    return value == null || value <= 0 ? fallback : value;
  }
}
