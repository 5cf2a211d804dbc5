package io.jvirt.handler.device.decide;

import io.jvirt.contract.DeviceResources;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerAllocateResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerPreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ContainerPreferredAllocationResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.Device;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginOptions;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DeviceSpec;
import io.jvirt.node.rpc.deviceplugin.v1beta1.ListAndWatchResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.PreferredAllocationResponse;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegisterRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a generic device plugin answers the kubelet, as upstream's {@code GenericDevicePlugin} does.
 * One device node is shared by any number of pods, so the plugin advertises {@code count}
 * interchangeable IDs (the most VMIs a node runs), all with the health of the one node: the kubelet
 * counts them, and an unhealthy list lowers the node's allocatable to 0 while its capacity stays.
 */
public final class GenericDevice {
  /** Health of a device the kubelet may allocate. */
  public static final String HEALTHY = "Healthy";

  /** Health of a device the kubelet must not allocate. */
  public static final String UNHEALTHY = "Unhealthy";

  /**
   * The list sent when a plugin stops: the API has no call to deregister, and an empty list makes
   * the kubelet drop the devices from allocatable at once instead of after its grace period.
   */
  public static final ListAndWatchResponse EMPTY = ListAndWatchResponse.getDefaultInstance();

  private GenericDevice() {}

  /** The health string of a device node that is, or is not, present. */
  public static String health(boolean present) {
    return present ? HEALTHY : UNHEALTHY;
  }

  /** The device IDs {@code <name>0} … {@code <name><count-1>}. */
  public static List<String> ids(String name, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(name + i);
    }
    return ids;
  }

  /** The full list ListAndWatch sends: every ID with the node's health. */
  public static ListAndWatchResponse list(HostDevice device, int count, boolean present) {
    String health = health(present);
    ListAndWatchResponse.Builder list = ListAndWatchResponse.newBuilder();
    for (String id : ids(device.name(), count)) {
      list.addDevices(Device.newBuilder().setID(id).setHealth(health));
    }
    return list.build();
  }

  /** Registration: API version, the socket's file name and the resource; no options. */
  public static RegisterRequest registration(HostDevice device) {
    return RegisterRequest.newBuilder()
        .setVersion(DeviceResources.DEVICE_PLUGIN_API_VERSION)
        .setEndpoint(device.socketName())
        .setResourceName(device.resource())
        .build();
  }

  /** Neither PreStartContainer nor GetPreferredAllocation is needed: the IDs are equivalent. */
  public static DevicePluginOptions options() {
    return DevicePluginOptions.newBuilder()
        .setPreStartRequired(false)
        .setGetPreferredAllocationAvailable(false)
        .build();
  }

  /**
   * The cgroup device permissions of the node in the container: read and write; on cgroup v2 also
   * mknod ({@code m}), which upstream adds there.
   */
  public static String permissions(boolean cgroupV2) {
    return cgroupV2 ? "rwm" : "rw";
  }

  /**
   * One container response per container request (the kubelet sends one), each with the device node
   * at the same path on the host and in the container; no env, mounts or annotations. Any IDs give
   * the same answer since they all stand for the one node.
   */
  public static AllocateResponse allocate(
      HostDevice device, String permissions, AllocateRequest request) {
    ContainerAllocateResponse container =
        ContainerAllocateResponse.newBuilder()
            .addDevices(
                DeviceSpec.newBuilder()
                    .setHostPath(device.path())
                    .setContainerPath(device.path())
                    .setPermissions(permissions))
            .build();
    AllocateResponse.Builder response = AllocateResponse.newBuilder();
    int containers = Math.max(1, request.getContainerRequestsCount());
    for (int i = 0; i < containers; i++) {
      response.addContainerResponses(container);
    }
    return response.build();
  }

  /**
   * A preferred allocation, should the kubelet ask although the options say it need not: the
   * required IDs, then available ones in the kubelet's order, up to the size.
   */
  public static PreferredAllocationResponse preferred(PreferredAllocationRequest request) {
    PreferredAllocationResponse.Builder response = PreferredAllocationResponse.newBuilder();
    for (ContainerPreferredAllocationRequest container : request.getContainerRequestsList()) {
      Set<String> chosen = new LinkedHashSet<>(container.getMustIncludeDeviceIDsList());
      for (String id : container.getAvailableDeviceIDsList()) {
        if (chosen.size() >= container.getAllocationSize()) {
          break;
        }
        chosen.add(id);
      }
      response.addContainerResponses(
          ContainerPreferredAllocationResponse.newBuilder().addAllDeviceIDs(chosen));
    }
    return response.build();
  }
}
