package io.jvirt.controller.vmi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.kubevirt.DeveloperConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.api.v1.kubevirt.NetworkConfiguration;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cluster configuration defaults (section 10) and what a KubeVirt CR overrides. */
class ClusterConfigTest {
  private static final String IMAGE = "quay.io/kubevirt/virt-launcher:v1.5.0";

  @Test
  void defaultsAreUpstreams() {
    ClusterConfig config = ClusterConfig.defaults(IMAGE);

    assertThat(config.launcherImage()).isEqualTo(IMAGE);
    assertThat(config.launcherCommand()).containsExactly("/usr/bin/virt-launcher-monitor");
    assertThat(config.imagePullPolicy()).isEqualTo("IfNotPresent");
    assertThat(config.useEmulation()).isFalse();
    assertThat(config.cpuAllocationRatio()).isEqualTo(10);
    assertThat(config.memoryOvercommit()).isEqualTo(100);
    assertThat(config.cpuRequest()).isEqualTo(new Quantity("100m"));
    assertThat(config.cpuRequestChanged()).isFalse();
    assertThat(config.defaultNetworkInterface()).isEqualTo("bridge");
    assertThat(ClusterConfig.from(null, IMAGE)).isEqualTo(config);
    assertThat(ClusterConfig.from(new KubeVirtSpec(), IMAGE)).isEqualTo(config);
  }

  @Test
  void specValuesOverrideDefaults() {
    KubeVirtSpec spec =
        new KubeVirtSpec()
            .setImagePullPolicy("Always")
            .setConfiguration(
                new KubeVirtConfiguration()
                    .setCpuRequest(new Quantity("200m"))
                    .setNetwork(new NetworkConfiguration().setDefaultNetworkInterface("masquerade"))
                    .setDeveloperConfiguration(
                        new DeveloperConfiguration()
                            .setUseEmulation(true)
                            .setCpuAllocationRatio(4)
                            .setMemoryOvercommit(150)));

    ClusterConfig config = ClusterConfig.from(spec, IMAGE);

    assertThat(config)
        .isEqualTo(
            new ClusterConfig(
                IMAGE,
                List.of("/usr/bin/virt-launcher-monitor"),
                "Always",
                true,
                4,
                150,
                new Quantity("200m"),
                "masquerade"));
    assertThat(config.cpuRequestChanged()).isTrue();
  }

  @Test
  void registryAndTagReplaceThoseOfTheLauncherImage() {
    assertThat(launcher("registry.local:5000/kv", "v9"))
        .isEqualTo("registry.local:5000/kv/virt-launcher:v9");
    assertThat(launcher("registry.local/kv/", null))
        .isEqualTo("registry.local/kv/virt-launcher:v1.5.0");
    assertThat(launcher(null, "devel")).isEqualTo("quay.io/kubevirt/virt-launcher:devel");
    assertThat(launcher(null, "sha256:abc")).isEqualTo("quay.io/kubevirt/virt-launcher@sha256:abc");
    assertThat(
            ClusterConfig.from(
                    new KubeVirtSpec().setImageTag("v2"), "localhost:5000/virt-launcher@sha256:123")
                .launcherImage())
        .isEqualTo("localhost:5000/virt-launcher:v2");
    assertThat(
            ClusterConfig.from(new KubeVirtSpec().setImageRegistry("r.io"), "virt-launcher")
                .launcherImage())
        .isEqualTo("r.io/virt-launcher");
  }

  private static String launcher(String registry, String tag) {
    return ClusterConfig.from(new KubeVirtSpec().setImageRegistry(registry).setImageTag(tag), IMAGE)
        .launcherImage();
  }
}
