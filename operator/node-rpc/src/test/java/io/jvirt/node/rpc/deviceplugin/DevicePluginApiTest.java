package io.jvirt.node.rpc.deviceplugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.jvirt.node.rpc.deviceplugin.v1beta1.AllocateRequest;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginApi;
import io.jvirt.node.rpc.deviceplugin.v1beta1.DevicePluginGrpc;
import io.jvirt.node.rpc.deviceplugin.v1beta1.RegistrationGrpc;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The wire contract of the kubelet's device-plugin API v1beta1: gRPC method paths, and every
 * message's field numbers and types as the kubelet has them.
 */
class DevicePluginApiTest {

  @Test
  void servicesAndMethodsHaveTheKubeletsPaths() {
    assertThat(RegistrationGrpc.getRegisterMethod().getFullMethodName())
        .isEqualTo("v1beta1.Registration/Register");
    assertThat(
            List.of(
                DevicePluginGrpc.getGetDevicePluginOptionsMethod().getFullMethodName(),
                DevicePluginGrpc.getListAndWatchMethod().getFullMethodName(),
                DevicePluginGrpc.getGetPreferredAllocationMethod().getFullMethodName(),
                DevicePluginGrpc.getAllocateMethod().getFullMethodName(),
                DevicePluginGrpc.getPreStartContainerMethod().getFullMethodName()))
        .containsExactly(
            "v1beta1.DevicePlugin/GetDevicePluginOptions",
            "v1beta1.DevicePlugin/ListAndWatch",
            "v1beta1.DevicePlugin/GetPreferredAllocation",
            "v1beta1.DevicePlugin/Allocate",
            "v1beta1.DevicePlugin/PreStartContainer");
  }

  @Test
  void messagesHaveTheKubeletsFieldNumbersAndTypes() {
    Map<String, String> fields = new TreeMap<>();
    for (Descriptor message : DevicePluginApi.getDescriptor().getMessageTypes()) {
      for (FieldDescriptor field : message.getFields()) {
        fields.put(
            message.getName() + "." + field.getNumber(),
            (field.isRepeated() ? "repeated " : "")
                + (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                    ? field.getMessageType().getName()
                    : field.getType().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }

    assertThat(fields)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("DevicePluginOptions.1", "bool"),
                Map.entry("DevicePluginOptions.2", "bool"),
                Map.entry("RegisterRequest.1", "string"),
                Map.entry("RegisterRequest.2", "string"),
                Map.entry("RegisterRequest.3", "string"),
                Map.entry("RegisterRequest.4", "DevicePluginOptions"),
                Map.entry("ListAndWatchResponse.1", "repeated Device"),
                Map.entry("TopologyInfo.1", "repeated NUMANode"),
                Map.entry("NUMANode.1", "int64"),
                Map.entry("Device.1", "string"),
                Map.entry("Device.2", "string"),
                Map.entry("Device.3", "TopologyInfo"),
                Map.entry("PreStartContainerRequest.1", "repeated string"),
                Map.entry(
                    "PreferredAllocationRequest.1", "repeated ContainerPreferredAllocationRequest"),
                Map.entry("ContainerPreferredAllocationRequest.1", "repeated string"),
                Map.entry("ContainerPreferredAllocationRequest.2", "repeated string"),
                Map.entry("ContainerPreferredAllocationRequest.3", "int32"),
                Map.entry(
                    "PreferredAllocationResponse.1",
                    "repeated ContainerPreferredAllocationResponse"),
                Map.entry("ContainerPreferredAllocationResponse.1", "repeated string"),
                Map.entry("AllocateRequest.1", "repeated ContainerAllocateRequest"),
                Map.entry("ContainerAllocateRequest.1", "repeated string"),
                Map.entry("AllocateResponse.1", "repeated ContainerAllocateResponse"),
                Map.entry("ContainerAllocateResponse.1", "repeated EnvsEntry"),
                Map.entry("ContainerAllocateResponse.2", "repeated Mount"),
                Map.entry("ContainerAllocateResponse.3", "repeated DeviceSpec"),
                Map.entry("ContainerAllocateResponse.4", "repeated AnnotationsEntry"),
                Map.entry("ContainerAllocateResponse.5", "repeated CDIDevice"),
                Map.entry("Mount.1", "string"),
                Map.entry("Mount.2", "string"),
                Map.entry("Mount.3", "bool"),
                Map.entry("DeviceSpec.1", "string"),
                Map.entry("DeviceSpec.2", "string"),
                Map.entry("DeviceSpec.3", "string"),
                Map.entry("CDIDevice.1", "string")));
  }

  @Test
  void aKubeletAllocateRequestDecodes() throws Exception {
    // field 1 (container_requests, length 7) holding field 1 (devices_ids, length 5) "kvm17"
    byte[] wire = {0x0a, 0x07, 0x0a, 0x05, 'k', 'v', 'm', '1', '7'};

    assertThat(AllocateRequest.parseFrom(wire).getContainerRequests(0).getDevicesIdsList())
        .containsExactly("kvm17");
  }
}
