package io.jvirt.handler.device.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerAllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerPreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Device;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DeviceSpec;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ListAndWatchResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegisterRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generic device plugin answers the kubelet. */
class GenericDeviceTest {

  @Test
  void thePermanentDevicesAreUpstreams() {
    assertThat(HostDevice.PERMANENT)
        .extracting(HostDevice::resource, HostDevice::path, HostDevice::socketName)
        .containsExactly(
            tuple("devices.kubevirt.io/kvm", "/dev/kvm", "kubevirt-kvm.sock"),
            tuple("devices.kubevirt.io/tun", "/dev/net/tun", "kubevirt-tun.sock"),
            tuple("devices.kubevirt.io/vhost-net", "/dev/vhost-net", "kubevirt-vhost-net.sock"));
  }

  @Test
  void theListHasCountIdsAllWithTheNodesHealth() {
    ListAndWatchResponse healthy = GenericDevice.list(HostDevice.TUN, 1000, true);
    ListAndWatchResponse unhealthy = GenericDevice.list(HostDevice.TUN, 1000, false);

    assertThat(healthy.getDevicesList()).hasSize(1000);
    assertThat(healthy.getDevices(0).getID()).isEqualTo("tun0");
    assertThat(healthy.getDevices(999).getID()).isEqualTo("tun999");
    assertThat(healthy.getDevicesList()).extracting(Device::getHealth).containsOnly("Healthy");
    assertThat(healthy.getDevices(0).hasTopology()).isFalse();
    assertThat(unhealthy.getDevicesList()).extracting(Device::getHealth).containsOnly("Unhealthy");
    assertThat(GenericDevice.EMPTY.getDevicesList()).isEmpty();
  }

  @Test
  void registrationNamesTheVersionTheSocketFileAndTheResourceWithoutOptions() {
    RegisterRequest request = GenericDevice.registration(HostDevice.VHOST_NET);

    assertThat(request.getVersion()).isEqualTo("v1beta1");
    assertThat(request.getEndpoint()).isEqualTo("kubevirt-vhost-net.sock");
    assertThat(request.getResourceName()).isEqualTo("devices.kubevirt.io/vhost-net");
    assertThat(request.hasOptions()).isFalse();
  }

  @Test
  void neitherPreStartNorPreferredAllocationIsNeeded() {
    assertThat(GenericDevice.options().getPreStartRequired()).isFalse();
    assertThat(GenericDevice.options().getGetPreferredAllocationAvailable()).isFalse();
  }

  @Test
  void permissionsAreReadWriteAndMknodOnCgroupV2() {
    assertThat(GenericDevice.permissions(false)).isEqualTo("rw");
    assertThat(GenericDevice.permissions(true)).isEqualTo("rwm");
  }

  @Test
  void allocateGivesEachContainerTheNodeAtTheSamePath() {
    AllocateRequest request =
        AllocateRequest.newBuilder()
            .addContainerRequests(ContainerAllocateRequest.newBuilder().addDevicesIds("kvm17"))
            .build();

    AllocateResponse response = GenericDevice.allocate(HostDevice.KVM, "rw", request);

    assertThat(response.getContainerResponsesList()).hasSize(1);
    assertThat(response.getContainerResponses(0).getDevicesList())
        .containsExactly(
            DeviceSpec.newBuilder()
                .setHostPath("/dev/kvm")
                .setContainerPath("/dev/kvm")
                .setPermissions("rw")
                .build());
    assertThat(response.getContainerResponses(0).getEnvsMap()).isEmpty();
    assertThat(response.getContainerResponses(0).getMountsList()).isEmpty();
    assertThat(response.getContainerResponses(0).getAnnotationsMap()).isEmpty();
    assertThat(response.getContainerResponses(0).getCdiDevicesList()).isEmpty();
  }

  @Test
  void allocateAnswersOncePerContainerAndAtLeastOnce() {
    AllocateRequest two =
        AllocateRequest.newBuilder()
            .addContainerRequests(ContainerAllocateRequest.newBuilder().addDevicesIds("tun1"))
            .addContainerRequests(ContainerAllocateRequest.newBuilder().addDevicesIds("tun2"))
            .build();

    assertThat(GenericDevice.allocate(HostDevice.TUN, "rw", two).getContainerResponsesCount())
        .isEqualTo(2);
    assertThat(
            GenericDevice.allocate(HostDevice.TUN, "rw", AllocateRequest.getDefaultInstance())
                .getContainerResponsesCount())
        .isEqualTo(1);
  }

  @Test
  void preferredAllocationTakesTheRequiredThenTheAvailableUpToTheSize() {
    PreferredAllocationRequest request =
        PreferredAllocationRequest.newBuilder()
            .addContainerRequests(
                ContainerPreferredAllocationRequest.newBuilder()
                    .addAllAvailableDeviceIDs(List.of("tun3", "tun4", "tun5"))
                    .addMustIncludeDeviceIDs("tun9")
                    .setAllocationSize(2))
            .build();

    assertThat(GenericDevice.preferred(request).getContainerResponses(0).getDeviceIDsList())
        .containsExactly("tun9", "tun3");
  }
}
