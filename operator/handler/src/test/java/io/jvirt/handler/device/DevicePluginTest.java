package io.jvirt.handler.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.jvirt.handler.device.decide.Backoff;
import io.jvirt.handler.device.decide.HostDevice;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerPreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Device;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginOptions;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DeviceSpec;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Empty;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ListAndWatchResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreStartContainerRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegisterRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three plugins against a fake kubelet (real gRPC over real unix sockets in a temporary
 * device-plugin directory), with a temporary directory as the host root holding the device nodes.
 */
class DevicePluginTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String KVM = "devices.kubevirt.io/kvm";
  private static final String TUN = "devices.kubevirt.io/tun";
  private static final String VHOST_NET = "devices.kubevirt.io/vhost-net";

  @TempDir Path temp;
  private Path pluginDir;
  private Path hostRoot;
  private FakeKubelet kubelet;
  private DevicePluginManager manager;

  @BeforeEach
  void hostWithTheThreeDeviceNodesAndAKubelet() throws IOException {
    pluginDir = Files.createDirectories(temp.resolve("device-plugins"));
    hostRoot = Files.createDirectories(temp.resolve("host"));
    for (HostDevice device : HostDevice.PERMANENT) {
      createNode(device);
    }
    kubelet = new FakeKubelet(pluginDir);
  }

  @AfterEach
  void stop() {
    if (manager != null) {
      manager.close();
    }
    kubelet.close();
  }

  @Test
  void everyPluginRegistersWithTheKubeletAndStreamsAThousandHealthyDevices() {
    long started = System.nanoTime();
    manager = start(1000);

    await().atMost(WAIT).until(manager::initialized);
    long registeredMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertThat(kubelet.registrations())
        .extracting(
            RegisterRequest::getVersion,
            RegisterRequest::getEndpoint,
            RegisterRequest::getResourceName,
            RegisterRequest::hasOptions)
        .containsExactlyInAnyOrder(
            tuple("v1beta1", "kubevirt-kvm.sock", KVM, false),
            tuple("v1beta1", "kubevirt-tun.sock", TUN, false),
            tuple("v1beta1", "kubevirt-vhost-net.sock", VHOST_NET, false));
    for (String resource : List.of(KVM, TUN, VHOST_NET)) {
      await().atMost(WAIT).until(() -> kubelet.latest(resource) != null);
      assertThat(kubelet.latest(resource).getDevicesList())
          .hasSize(1000)
          .extracting(Device::getHealth)
          .containsOnly("Healthy");
    }
    assertThat(kubelet.latest(TUN).getDevicesList())
        .extracting(Device::getID)
        .startsWith("tun0", "tun1")
        .endsWith("tun999")
        .doesNotHaveDuplicates();
    assertThat(pluginDir.resolve("kubevirt-tun.sock")).exists();
    System.out.printf("three plugins registered %d ms after start%n", registeredMs);
  }

  @Test
  void theCountIsConfigurable() {
    manager = start(3);

    await().atMost(WAIT).until(() -> kubelet.latest(KVM) != null);
    assertThat(kubelet.latest(KVM).getDevicesList())
        .extracting(Device::getID)
        .containsExactly("kvm0", "kvm1", "kvm2");
  }

  @Test
  void removingAndCreatingTheDeviceNodeFlipsTheHealthAndResendsTheList() throws IOException {
    manager = start(1000);
    await().atMost(WAIT).until(() -> kubelet.latest(TUN) != null);
    int before = kubelet.lists(TUN).size();

    long removed = System.nanoTime();
    Files.delete(node(HostDevice.TUN));
    await().atMost(WAIT).until(() -> allHealth(kubelet.latest(TUN), "Unhealthy"));
    long unhealthyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - removed);
    assertThat(kubelet.latest(TUN).getDevicesCount()).isEqualTo(1000);
    assertThat(plugin(HostDevice.TUN).healthy()).isFalse();

    createNode(HostDevice.TUN);
    await().atMost(WAIT).until(() -> allHealth(kubelet.latest(TUN), "Healthy"));
    assertThat(kubelet.lists(TUN)).hasSize(before + 2);
    assertThat(kubelet.latest(TUN).getDevicesCount()).isEqualTo(1000);
    assertThat(allHealth(kubelet.latest(KVM), "Healthy")).isTrue();
    assertThat(kubelet.registrationsOf(TUN)).isEqualTo(1);
    System.out.printf("tun unhealthy %d ms after its node was removed%n", unhealthyMs);
  }

  @Test
  void aDeviceMissingAtStartIsAdvertisedUnhealthyButRegistered() throws IOException {
    Files.delete(node(HostDevice.VHOST_NET));
    manager = start(1000);

    await().atMost(WAIT).until(manager::initialized);
    await().atMost(WAIT).until(() -> kubelet.latest(VHOST_NET) != null);
    assertThat(allHealth(kubelet.latest(VHOST_NET), "Unhealthy")).isTrue();
    assertThat(kubelet.latest(VHOST_NET).getDevicesCount()).isEqualTo(1000);
  }

  @Test
  void aPluginWhoseSocketIsRemovedRegistersAgainAfterOneSecond() throws IOException {
    manager = start(1000);
    await().atMost(WAIT).until(manager::initialized);
    await().atMost(WAIT).until(() -> kubelet.latest(TUN) != null);

    long removed = System.nanoTime();
    Files.delete(pluginDir.resolve("kubevirt-tun.sock"));
    await().atMost(WAIT).until(() -> kubelet.registrationsOf(TUN) == 2);
    long againMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - removed);

    assertThat(againMs).isGreaterThanOrEqualTo(900);
    await().atMost(WAIT).until(manager::initialized);
    await().atMost(WAIT).until(() -> allHealth(kubelet.latest(TUN), "Healthy"));
    assertThat(kubelet.lists(TUN))
        .extracting(ListAndWatchResponse::getDevicesCount)
        .containsExactly(1000, 0, 1000);
    assertThat(pluginDir.resolve("kubevirt-tun.sock")).exists();
    assertThat(kubelet.registrationsOf(KVM)).isEqualTo(1);
    assertThat(plugin(HostDevice.TUN).registrations()).isEqualTo(2);
    System.out.printf("tun registered again %d ms after its socket was removed%n", againMs);
  }

  @Test
  void afterAKubeletRestartEveryPluginRegistersWithTheNewKubelet() throws IOException {
    manager = start(1000);
    await().atMost(WAIT).until(manager::initialized);

    kubelet.close();
    try (Stream<Path> sockets = Files.list(pluginDir)) {
      for (Path socket : sockets.toList()) {
        Files.deleteIfExists(socket);
      }
    }
    kubelet = new FakeKubelet(pluginDir);

    await().atMost(WAIT).until(() -> kubelet.registrations().size() == 3);
    await().atMost(WAIT).until(manager::initialized);
    await().atMost(WAIT).until(() -> allHealth(kubelet.latest(VHOST_NET), "Healthy"));
  }

  @Test
  void initializedOnlyOnceEveryPluginIsRegistered() {
    kubelet.refuse(KVM);
    manager = start(1000);

    await().atMost(WAIT).until(() -> kubelet.registrationsOf(KVM) >= 2);
    assertThat(plugin(HostDevice.TUN).registered()).isTrue();
    assertThat(plugin(HostDevice.KVM).registered()).isFalse();
    assertThat(manager.initialized()).isFalse();

    kubelet.accept(KVM);
    await().atMost(WAIT).until(manager::initialized);
  }

  @Test
  void withoutAKubeletNothingIsRegisteredUntilOneAppears() throws IOException {
    kubelet.close();
    Files.deleteIfExists(pluginDir.resolve("kubelet.sock"));
    manager = start(1000);

    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(
            () ->
                !manager.initialized()
                    && manager.plugins().stream().noneMatch(p -> p.registrations() > 0));

    kubelet = new FakeKubelet(pluginDir);
    await().atMost(WAIT).until(manager::initialized);
  }

  @Test
  void allocateAndTheOtherCallsAnswerAsUpstream() {
    manager = start(1000);
    await().atMost(WAIT).until(manager::initialized);

    AllocateResponse response =
        kubelet
            .plugin(TUN)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .allocate(
                AllocateRequest.newBuilder()
                    .addContainerRequests(
                        ContainerAllocateRequest.newBuilder().addDevicesIds("tun42"))
                    .build());
    DevicePluginOptions options =
        kubelet
            .plugin(KVM)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .getDevicePluginOptions(Empty.getDefaultInstance());

    assertThat(response.getContainerResponsesList()).hasSize(1);
    assertThat(response.getContainerResponses(0).getDevicesList())
        .containsExactly(
            DeviceSpec.newBuilder()
                .setHostPath("/dev/net/tun")
                .setContainerPath("/dev/net/tun")
                .setPermissions("rw")
                .build());
    assertThat(options.getPreStartRequired()).isFalse();
    assertThat(options.getGetPreferredAllocationAvailable()).isFalse();
    assertThat(
            kubelet
                .plugin(VHOST_NET)
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .preStartContainer(
                    PreStartContainerRequest.newBuilder().addDevicesIds("vhost-net1").build()))
        .isNotNull();
    assertThat(
            kubelet
                .plugin(KVM)
                .withDeadlineAfter(10, TimeUnit.SECONDS)
                .getPreferredAllocation(
                    PreferredAllocationRequest.newBuilder()
                        .addContainerRequests(
                            ContainerPreferredAllocationRequest.newBuilder()
                                .addAvailableDeviceIDs("kvm5")
                                .addAvailableDeviceIDs("kvm6")
                                .setAllocationSize(1))
                        .build())
                .getContainerResponses(0)
                .getDeviceIDsList())
        .containsExactly("kvm5");
  }

  @Test
  void stoppingEndsEveryStreamWithAnEmptyListAndRemovesTheSockets() {
    manager = start(1000);
    await().atMost(WAIT).until(manager::initialized);
    for (String resource : List.of(KVM, TUN, VHOST_NET)) {
      await().atMost(WAIT).until(() -> kubelet.latest(resource) != null);
    }

    long stopping = System.nanoTime();
    manager.close();
    long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping);

    for (String resource : List.of(KVM, TUN, VHOST_NET)) {
      await().atMost(WAIT).until(() -> kubelet.ended(resource));
      assertThat(kubelet.latest(resource).getDevicesList()).isEmpty();
    }
    assertThat(manager.initialized()).isFalse();
    assertThat(pluginDir.resolve("kubevirt-kvm.sock")).doesNotExist();
    assertThat(pluginDir.resolve("kubevirt-tun.sock")).doesNotExist();
    assertThat(pluginDir.resolve("kubevirt-vhost-net.sock")).doesNotExist();
    assertThat(pluginDir.resolve("kubelet.sock")).exists();
    System.out.printf("three plugins stopped in %d ms%n", stoppedMs);
  }

  private DevicePluginManager start(int count) {
    return new DevicePluginManager(
            HostDevice.PERMANENT, pluginDir, () -> hostRoot, count, "rw", Backoff.UPSTREAM)
        .start();
  }

  private DevicePlugin plugin(HostDevice device) {
    return manager.plugins().stream().filter(p -> p.device().equals(device)).findFirst().get();
  }

  private Path node(HostDevice device) {
    return hostRoot.resolve(device.path().substring(1));
  }

  private void createNode(HostDevice device) throws IOException {
    Path node = node(device);
    Files.createDirectories(node.getParent());
    Files.createFile(node);
  }

  private static boolean allHealth(ListAndWatchResponse list, String health) {
    return list != null
        && list.getDevicesCount() > 0
        && list.getDevicesList().stream().allMatch(d -> d.getHealth().equals(health));
  }
}
