package io.jvirt.handler.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.contract.DeviceResources;
import io.jvirt.contract.NodePaths;
import io.jvirt.handler.device.decide.HostDevice;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three plugins, run in the test process, against the real kubelet of the local cluster (its
 * device-plugin directory, host root {@code /}): the node advertises the resources, a pod asking
 * for {@code devices.kubevirt.io/tun} gets a usable {@code /dev/net/tun}, and once the plugins stop
 * the node's allocatable drops to 0, which leaves the shared node as upstream would.
 */
@ExtendWith(ClusterExtension.class)
class DevicePluginsIT {
  private static final String NODE = "jvirt-node";
  private static final String BUSYBOX = "localhost/jvirt/busybox:1";
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final List<String> RESOURCES =
      List.of(DeviceResources.KVM, DeviceResources.TUN, DeviceResources.VHOST_NET);

  private DevicePluginManager manager;

  @AfterEach
  void stopThePlugins() {
    if (manager != null) {
      manager.close();
    }
  }

  @Test
  void theRealKubeletAdvertisesAllocatesAndWithdrawsTheDevices(
      KubernetesClient client, TestNamespace namespace) {
    Path pluginDir = Path.of(NodePaths.DEVICE_PLUGINS);
    assumeTrue(
        Files.exists(pluginDir.resolve(NodePaths.KUBELET_SOCKET)), "no kubelet on this machine");
    assumeTrue(
        HostDevice.PERMANENT.stream()
            .map(d -> pluginDir.resolve(d.socketName()))
            .noneMatch(Files::exists),
        "another virt-handler serves the device plugins on this node");
    boolean vhostNet = Files.exists(Path.of("/dev/vhost-net"));

    long started = System.nanoTime();
    manager = DevicePluginManager.permanent(pluginDir, Path.of("/"), 1000).start();
    await().atMost(WAIT).until(manager::initialized);
    long registeredMs = millisSince(started);
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              Node node = client.nodes().withName(NODE).get();
              for (String resource : RESOURCES) {
                assertThat(amount(node.getStatus().getCapacity(), resource))
                    .as("capacity of %s", resource)
                    .isEqualTo(1000);
              }
              assertThat(amount(node.getStatus().getAllocatable(), DeviceResources.KVM))
                  .isEqualTo(1000);
              assertThat(amount(node.getStatus().getAllocatable(), DeviceResources.TUN))
                  .isEqualTo(1000);
              assertThat(amount(node.getStatus().getAllocatable(), DeviceResources.VHOST_NET))
                  .as("allocatable vhost-net (/dev/vhost-net present: %s)", vhostNet)
                  .isEqualTo(vhostNet ? 1000 : 0);
            });
    long advertisedMs = millisSince(started);

    client.pods().inNamespace(namespace.name()).resource(tunPod()).create();
    await()
        .atMost(WAIT)
        .until(
            () ->
                List.of("Succeeded", "Failed")
                    .contains(
                        client
                            .pods()
                            .inNamespace(namespace.name())
                            .withName("tun")
                            .get()
                            .getStatus()
                            .getPhase()));
    String log = client.pods().inNamespace(namespace.name()).withName("tun").getLog();
    assertThat(log).contains("tun-opened").containsPattern("(?m)^c.* /dev/net/tun$");

    long stopping = System.nanoTime();
    manager.close();
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              Node node = client.nodes().withName(NODE).get();
              for (String resource : RESOURCES) {
                assertThat(amount(node.getStatus().getAllocatable(), resource))
                    .as("allocatable of %s", resource)
                    .isZero();
              }
            });
    long withdrawnMs = millisSince(stopping);
    System.out.printf(
        "registered %d ms, on the node %d ms after start (vhost-net node present: %s);"
            + " allocatable 0 %d ms after stop%n",
        registeredMs, advertisedMs, vhostNet, withdrawnMs);
  }

  private static Pod tunPod() {
    return new PodBuilder()
        .withNewMetadata()
        .withName("tun")
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .withTerminationGracePeriodSeconds(0L)
        .addNewContainer()
        .withName("tun")
        .withImage(BUSYBOX)
        .withImagePullPolicy("Never")
        .withCommand("sh", "-c", "ls -l /dev/net/tun && exec 3<>/dev/net/tun && echo tun-opened")
        .withNewResources()
        .withLimits(Map.of(DeviceResources.TUN, new Quantity("1")))
        .endResources()
        .endContainer()
        .endSpec()
        .build();
  }

  private static long amount(Map<String, Quantity> resources, String resource) {
    Quantity quantity = resources == null ? null : resources.get(resource);
    return quantity == null ? -1 : quantity.getNumericalAmount().longValueExact();
  }

  private static long millisSince(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }
}
