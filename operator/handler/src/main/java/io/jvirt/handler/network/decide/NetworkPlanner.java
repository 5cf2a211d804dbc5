package io.jvirt.handler.network.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.api.v1.network.Network;
import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import io.jvirt.contract.PodNetwork;
import io.jvirt.node.rpc.launcher.v1.DhcpPlan;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import io.jvirt.node.rpc.launcher.v1.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Plans phase 1 of a VMI's pod network (kubevirt pkg/network/setup/netpod/netpod.go) from its
 * interfaces and networks and from what was found in the pod: the link changes, the masquerade NAT,
 * and per interface the tap, guest MAC, MTU and DHCP settings virt-launcher serves. Only the pod
 * network with the masquerade or bridge binding is supported.
 */
public final class NetworkPlanner {
  /** The migration transport that needs no exempted TCP ports. */
  public static final String MIGRATION_TRANSPORT_UNIX = "Unix";

  private NetworkPlanner() {}

  /** Who owns the tap devices (the launcher's UID and GID; 0 while the launcher runs as root). */
  public record TapOwner(int uid, int gid) {
    /** root:root. */
    public static final TapOwner ROOT = new TapOwner(0, 0);
  }

  /** A VMI interface on the pod network and its position among the VMI's interfaces. */
  public record PodInterface(Interface spec, Network network, int index) {
    /** Whether the interface uses the masquerade binding (else bridge). */
    public boolean masquerade() {
      return spec.getMasquerade() != null;
    }
  }

  /**
   * The VMI's interfaces on the pod network, checked: each names an existing pod network and the
   * masquerade or bridge binding, at most one uses the pod network, MACs are valid.
   */
  public static List<PodInterface> podInterfaces(VirtualMachineInstance vmi) {
    List<Interface> interfaces = interfaces(vmi);
    List<Network> networks =
        vmi.getSpec().getNetworks() == null ? List.of() : vmi.getSpec().getNetworks();
    List<PodInterface> result = new ArrayList<>();
    for (int i = 0; i < interfaces.size(); i++) {
      Interface iface = interfaces.get(i);
      Network network =
          networks.stream()
              .filter(n -> Objects.equals(n.getName(), iface.getName()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new PodNetworkException(
                          "interface " + iface.getName() + " has no network of the same name"));
      if (network.getPod() == null) {
        throw new PodNetworkException(
            "interface "
                + iface.getName()
                + " uses a secondary (Multus) network: jvirt sets up the pod network only");
      }
      if (iface.getMasquerade() == null && iface.getBridge() == null) {
        throw new PodNetworkException(
            "interface "
                + iface.getName()
                + " needs the masquerade or bridge binding on the pod network"
                + " (SR-IOV and binding plugins are not supported)");
      }
      if (iface.getMasquerade() != null && iface.getBridge() != null) {
        throw new PodNetworkException(
            "interface " + iface.getName() + " sets both masquerade and bridge: choose one");
      }
      if (iface.getMacAddress() != null && !iface.getMacAddress().isEmpty()) {
        MacAddress.parseGuestMac(iface.getMacAddress());
      }
      result.add(new PodInterface(iface, network, i));
    }
    if (result.size() > 1) {
      throw new PodNetworkException("only one interface may use the pod network");
    }
    return result;
  }

  /** The plan for a VMI and the facts found in its pod before any change. */
  public static NetworkPlan plan(VirtualMachineInstance vmi, PodFacts facts, TapOwner owner) {
    List<NetOp> ops = new ArrayList<>();
    List<InterfacePlan> plans = new ArrayList<>();
    List<String> created = new ArrayList<>();
    for (PodInterface iface : podInterfaces(vmi)) {
      String podInterface = PodNetwork.POD_INTERFACE;
      PodLink pod =
          facts
              .link(podInterface)
              .orElseThrow(
                  () -> new PodNetworkException("the pod has no link named " + podInterface));
      PodInterfacePlanner planner =
          new PodInterfacePlanner(vmi, facts, iface, pod, owner, multiQueue(vmi, iface.spec()));
      InterfacePlan plan = iface.masquerade() ? planner.masquerade(ops) : planner.bridge(ops);
      plans.add(plan);
      created.add(PodNetwork.bridge(podInterface));
      created.add(plan.getTap());
    }
    return new NetworkPlan(ops, plans, created);
  }

  /** The VMI's interfaces, none when it has no devices. */
  static List<Interface> interfaces(VirtualMachineInstance vmi) {
    Devices devices =
        vmi.getSpec().getDomain() == null ? null : vmi.getSpec().getDomain().getDevices();
    return devices == null || devices.getInterfaces() == null ? List.of() : devices.getInterfaces();
  }

  private static boolean multiQueue(VirtualMachineInstance vmi, Interface iface) {
    Devices devices = vmi.getSpec().getDomain().getDevices();
    boolean virtio = iface.getModel() == null || "virtio".equals(iface.getModel());
    return virtio && Boolean.TRUE.equals(devices.getNetworkInterfaceMultiqueue());
  }

  /** Plans one interface; appends its ops and returns what virt-launcher gets. */
  private record PodInterfacePlanner(
      VirtualMachineInstance vmi,
      PodFacts facts,
      PodInterface iface,
      PodLink pod,
      TapOwner owner,
      boolean multiQueue) {

    InterfacePlan masquerade(List<NetOp> ops) {
      Ipv4Cidr podIp = pod.firstGlobalIpv4();
      if (podIp == null) {
        throw new PodNetworkException(
            "the pod interface " + pod.name() + " has no IPv4 address; masquerade needs one");
      }
      Ipv4Cidr vmNetwork = vmNetwork(iface.network());
      Ipv4Cidr gateway = vmNetwork.host(1);
      Ipv4Cidr guest = vmNetwork.host(2);
      String bridge = PodNetwork.bridge(pod.name());
      String tap = PodNetwork.PRIMARY_TAP;
      ops.add(new NetOp.AddBridge(bridge, PodNetwork.MASQUERADE_BRIDGE_MAC, pod.mtu()));
      addTap(ops, tap, bridge);
      ops.add(NetOp.SetLink.of(bridge, "up"));
      ops.add(new NetOp.AddAddress(bridge, gateway));
      ops.add(new NetOp.Sysctl("net.ipv4.conf." + bridge + ".route_localnet", "1", false));
      ops.add(new NetOp.Sysctl("net.ipv6.conf." + bridge + ".disable_ipv6", "1", true));
      ops.add(new NetOp.Sysctl("net.ipv4.ip_forward", "1", false));
      ops.add(
          new NetOp.Nft(
              MasqueradeRules.script(
                  pod.name(),
                  bridge,
                  guest.ip(),
                  gateway.ip(),
                  iface.spec().getPorts(),
                  !MIGRATION_TRANSPORT_UNIX.equals(migrationTransport()))));
      String mac = specMac() != null ? specMac() : MacAddress.normalize(pod.mac());
      DhcpPlan dhcp =
          dhcpBase(bridge)
              .setServerIp(gateway.ip())
              .setGuestIp(guest.ip())
              .setPrefixLength(guest.prefixLength())
              .setRouter(gateway.ip())
              .build();
      return interfacePlan(tap, mac).setDhcp(dhcp).build();
    }

    InterfacePlan bridge(List<NetOp> ops) {
      String bridge = PodNetwork.bridge(pod.name());
      String nic = PodNetwork.bridgedNic(pod.name());
      String tap = PodNetwork.PRIMARY_TAP;
      String podMac = MacAddress.normalize(pod.mac());
      String mac = bridgeGuestMac(podMac);
      String nicMac = MacAddress.derivedNicMac(podMac, mac);
      Ipv4Cidr podIp = pod.firstGlobalIpv4();
      ops.add(new NetOp.AddBridge(bridge, nicMac, null));
      ops.add(NetOp.SetLink.of(pod.name(), "down"));
      ops.add(NetOp.SetLink.of(pod.name(), "name", nic));
      ops.add(new NetOp.FlushAddresses(nic));
      ops.add(new NetOp.Sysctl("net.ipv6.conf." + nic + ".disable_ipv6", "1", true));
      ops.add(NetOp.SetLink.of(nic, "address", nicMac));
      ops.add(NetOp.SetLink.of(nic, "master", bridge));
      ops.add(new NetOp.PortLearningOff(nic));
      ops.add(NetOp.SetLink.of(nic, "up"));
      addTap(ops, tap, bridge);
      if (podIp != null) {
        ops.add(
            new NetOp.AddAddress(
                bridge, Ipv4Cidr.parse(PodNetwork.bridgeFakeIp(iface.index()) + "/32")));
      }
      ops.add(new NetOp.Sysctl("net.ipv6.conf." + bridge + ".disable_ipv6", "1", true));
      ops.add(NetOp.SetLink.of(bridge, "up"));
      ops.add(new NetOp.AddDummy(pod.name(), podMac, pod.mtu()));
      for (Ipv4Cidr address : pod.ipv4()) {
        ops.add(new NetOp.AddAddress(pod.name(), address));
      }
      InterfacePlan.Builder plan = interfacePlan(tap, mac);
      if (podIp == null) {
        return plan.build();
      }
      // the pod's IP now answers on the dummy eth0; ARP for it must reach the guest only
      ops.add(new NetOp.Sysctl("net.ipv4.conf.all.arp_ignore", "1", false));
      List<PodRoute> routes =
          facts.routesVia(pod.name()).stream().filter(r -> !r.isKernelRoute()).toList();
      String router =
          routes.stream().map(PodRoute::gateway).filter(Objects::nonNull).findFirst().orElse("");
      DhcpPlan dhcp =
          dhcpBase(bridge)
              .setServerIp(PodNetwork.bridgeFakeIp(iface.index()))
              .setGuestIp(podIp.ip())
              .setPrefixLength(podIp.prefixLength())
              .setRouter(router)
              .addAllRoutes(classlessRoutes(routes, podIp))
              .setClientMac(mac)
              .build();
      return plan.setDhcp(dhcp).build();
    }

    private void addTap(List<NetOp> ops, String tap, String bridge) {
      ops.add(new NetOp.AddTap(tap, owner.uid(), owner.gid(), multiQueue));
      ops.add(NetOp.SetLink.of(tap, "mtu", Integer.toString(pod.mtu()), "master", bridge, "up"));
    }

    private InterfacePlan.Builder interfacePlan(String tap, String mac) {
      return InterfacePlan.newBuilder()
          .setName(iface.spec().getName())
          .setTap(tap)
          .setMac(mac)
          .setMtu(pod.mtu());
    }

    private DhcpPlan.Builder dhcpBase(String bridge) {
      return DhcpPlan.newBuilder()
          .setBridge(bridge)
          .addAllDnsServers(facts.nameservers())
          .addAllSearchDomains(searchDomains())
          .setHostname(facts.hostname() == null ? "" : facts.hostname())
          .setMtu(pod.mtu());
    }

    /** The VMI's MAC, else the one already reported in its status, else the pod's. */
    private String bridgeGuestMac(String podMac) {
      if (specMac() != null) {
        return specMac();
      }
      List<VirtualMachineInstanceNetworkInterface> statuses =
          vmi.getStatus() == null || vmi.getStatus().getInterfaces() == null
              ? List.of()
              : vmi.getStatus().getInterfaces();
      return statuses.stream()
          .filter(s -> iface.spec().getName().equals(s.getName()))
          .map(VirtualMachineInstanceNetworkInterface::getMac)
          .filter(m -> m != null && !m.isEmpty())
          .map(MacAddress::normalize)
          .findFirst()
          .orElse(podMac);
    }

    private String specMac() {
      String mac = iface.spec().getMacAddress();
      return mac == null || mac.isEmpty() ? null : MacAddress.parseGuestMac(mac);
    }

    private String migrationTransport() {
      return vmi.getStatus() == null ? null : vmi.getStatus().getMigrationTransport();
    }

    /** The search list, with {@code <subdomain>.<longest service domain>} first (upstream). */
    private List<String> searchDomains() {
      List<String> domains = new ArrayList<>(facts.searchDomains());
      String subdomain = vmi.getSpec().getSubdomain();
      if (subdomain == null || subdomain.isEmpty()) {
        return domains;
      }
      String serviceDomain =
          domains.stream()
              .filter(d -> d.contains(".svc."))
              .max(Comparator.comparingInt(String::length))
              .orElse("");
      if (!serviceDomain.isEmpty() && !serviceDomain.startsWith(subdomain + ".")) {
        domains.add(0, subdomain + "." + serviceDomain);
      }
      return domains;
    }
  }

  /** The masquerade VM subnet: the pod network's vmNetworkCIDR, else 10.0.2.0/24. */
  static Ipv4Cidr vmNetwork(Network network) {
    String cidr = network.getPod().getVmNetworkCIDR();
    Ipv4Cidr parsed;
    try {
      parsed = Ipv4Cidr.parse(cidr == null || cidr.isEmpty() ? PodNetwork.DEFAULT_VM_CIDR : cidr);
    } catch (IllegalArgumentException e) {
      throw new PodNetworkException(
          "vmNetworkCIDR " + cidr + " of network " + network.getName() + " is not an IPv4 CIDR");
    }
    if (parsed.prefixLength() > 30) {
      throw new PodNetworkException(
          "vmNetworkCIDR " + cidr + " is too small: it needs room for a gateway and a guest");
    }
    return parsed.network();
  }

  /**
   * Option 121 routes for the bridge binding: the pod's routes except those to its own subnet,
   * default routes last (their gateway must be reachable first); on-link routes via 0.0.0.0.
   */
  static List<Route> classlessRoutes(List<PodRoute> routes, Ipv4Cidr podIp) {
    List<Route> result = new ArrayList<>();
    List<Route> defaults = new ArrayList<>();
    for (PodRoute route : routes) {
      if (!route.isDefault() && route.destination().contains(podIp.address())) {
        continue;
      }
      Route dhcp =
          Route.newBuilder()
              .setDestination(route.destination().network().ip())
              .setPrefixLength(route.destination().prefixLength())
              .setGateway(route.gateway() == null ? "0.0.0.0" : route.gateway())
              .build();
      (route.isDefault() ? defaults : result).add(dhcp);
    }
    result.addAll(defaults);
    return result;
  }
}
