package io.jvirt.handler.network.decide;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;

/** VMIs and pod facts shaped like the local cluster's launcher pods. */
public final class Fixtures {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** The pod's eth0: a veth with 10.88.1.5/16, MTU 1400. */
  public static final PodLink POD_ETH0 =
      new PodLink(
          "eth0",
          "veth",
          "2A:50:BD:8D:15:D7",
          1400,
          true,
          null,
          List.of(Ipv4Cidr.parse("10.88.1.5/16")));

  private Fixtures() {}

  /** A pod as the local cluster's CNI makes it: no default route. */
  public static PodFacts pod() {
    return new PodFacts(
        List.of(new PodLink("lo", "", "00:00:00:00:00:00", 65536, true, null, List.of()), POD_ETH0),
        List.of(
            new PodRoute(Ipv4Cidr.parse("10.88.0.0/16"), null, "eth0", "kernel"),
            new PodRoute(Ipv4Cidr.parse("10.88.0.0/16"), "10.88.0.1", "eth0", ""),
            new PodRoute(Ipv4Cidr.parse("10.96.0.0/16"), "10.88.0.1", "eth0", "")),
        List.of("10.96.0.10"),
        List.of("ns1.svc.cluster.local", "svc.cluster.local", "cluster.local"),
        "testvm");
  }

  /** A VMI with one interface {@code default} on the pod network; {@code iface} is its JSON. */
  public static VirtualMachineInstance vmi(String iface) {
    return vmi(iface, "{\"name\": \"default\", \"pod\": {}}", "");
  }

  /** A VMI with the interface, network and extra spec fields given as JSON fragments. */
  public static VirtualMachineInstance vmi(String iface, String network, String extraSpec) {
    String json =
        "{\"apiVersion\": \"kubevirt.io/v1\", \"kind\": \"VirtualMachineInstance\","
            + "\"metadata\": {\"name\": \"testvm\", \"namespace\": \"ns1\"},"
            + "\"spec\": {"
            + extraSpec
            + "\"domain\": {\"devices\": {\"interfaces\": ["
            + iface
            + "]}},"
            + "\"networks\": ["
            + network
            + "]}}";
    return SERIALIZATION.unmarshal(json, VirtualMachineInstance.class);
  }
}
