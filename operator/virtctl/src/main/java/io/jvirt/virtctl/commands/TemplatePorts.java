package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ports a VMI spec declares on its pod-network interface, turned into Service ports; expose
 * uses them when no {@code --port} is given.
 */
final class TemplatePorts {
  private TemplatePorts() {}

  /** Service ports {@code port-1, port-2, ...}; empty when the spec declares none. */
  static List<ServicePort> of(Map<String, Object> vmiSpec) {
    String podNetwork = podNetworkName(vmiSpec);
    if (podNetwork == null) {
      return List.of();
    }
    Object interfaces = path(vmiSpec, "domain", "devices", "interfaces");
    for (Map<String, Object> iface : maps(interfaces)) {
      if (podNetwork.equals(iface.get("name"))) {
        return servicePorts(maps(iface.get("ports")));
      }
    }
    return List.of();
  }

  private static List<ServicePort> servicePorts(List<Map<String, Object>> ports) {
    List<ServicePort> result = new ArrayList<>();
    for (Map<String, Object> port : ports) {
      if (!(port.get("port") instanceof Number number)) {
        continue;
      }
      Object protocol = port.get("protocol");
      result.add(
          new ServicePortBuilder()
              .withName("port-" + (result.size() + 1))
              .withProtocol(protocol == null ? "TCP" : protocol.toString())
              .withPort(number.intValue())
              .build());
    }
    return result;
  }

  private static String podNetworkName(Map<String, Object> vmiSpec) {
    for (Map<String, Object> network : maps(vmiSpec.get("networks"))) {
      if (network.containsKey("pod") && network.get("name") != null) {
        return network.get("name").toString();
      }
    }
    return null;
  }

  private static Object path(Map<String, Object> root, String... keys) {
    Object current = root;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> result = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          result.add((Map<String, Object>) map);
        }
      }
    }
    return result;
  }
}
