package io.jvirt.launcher.dhcp.model;

import io.jvirt.node.rpc.launcher.v1.DhcpPlan;
import io.jvirt.node.rpc.launcher.v1.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one lease a single-client server hands out, from virt-handler's {@link DhcpPlan}: the
 * address, who answers, who may ask, and the options every OFFER and ACK carries (kubevirt
 * pkg/network/dhcp/server/server.go {@code prepareDHCPOptions}).
 *
 * @param clientMac the only client answered (lower-case, colons), or null for any client
 * @param options subnet mask, router, DNS, host name, domain name, MTU, broadcast address, domain
 *     search and classless routes, those that apply, in that order
 */
public record DhcpLease(
    int serverIp, int clientIp, String clientMac, long leaseSeconds, List<DhcpOption> options) {
  /** Upstream's "infinite" lease: 999 days. */
  public static final long LEASE_SECONDS = 999L * 24 * 60 * 60;

  /** Copies the options. */
  public DhcpLease {
    options = List.copyOf(options);
  }

  /** The lease a plan describes; fails naming what in the plan is wrong. */
  public static DhcpLease of(DhcpPlan plan) {
    int prefix = plan.getPrefixLength();
    int clientIp = Ipv4.parse(plan.getGuestIp());
    int mask = Ipv4.mask(prefix);
    List<DhcpOption> options = new ArrayList<>();
    options.add(DhcpOptions.addresses(DhcpOptions.SUBNET_MASK, List.of(mask)));
    if (!plan.getRouter().isEmpty()) {
      options.add(DhcpOptions.addresses(DhcpOptions.ROUTER, List.of(Ipv4.parse(plan.getRouter()))));
    }
    if (plan.getDnsServersCount() > 0) {
      options.add(
          DhcpOptions.addresses(
              DhcpOptions.DNS_SERVERS,
              plan.getDnsServersList().stream().map(Ipv4::parse).toList()));
    }
    if (!plan.getHostname().isEmpty()) {
      options.add(DhcpOptions.text(DhcpOptions.HOST_NAME, plan.getHostname()));
    }
    String domain =
        plan.getSearchDomainsList().stream()
            .max(Comparator.comparingInt(String::length))
            .orElse("");
    if (!domain.isEmpty()) {
      options.add(DhcpOptions.text(DhcpOptions.DOMAIN_NAME, domain.toLowerCase(Locale.ROOT)));
    }
    if (plan.getMtu() > 0) {
      options.add(DhcpOptions.uint16(DhcpOptions.INTERFACE_MTU, plan.getMtu()));
    }
    if (prefix <= 30) {
      options.add(DhcpOptions.addresses(DhcpOptions.BROADCAST_ADDRESS, List.of(clientIp | ~mask)));
    }
    if (plan.getSearchDomainsCount() > 0) {
      options.addAll(
          DhcpOptions.split(
              DhcpOptions.DOMAIN_SEARCH, DhcpOptions.domainSearch(plan.getSearchDomainsList())));
    }
    if (plan.getRoutesCount() > 0) {
      options.addAll(
          DhcpOptions.split(
              DhcpOptions.CLASSLESS_ROUTES,
              DhcpOptions.classlessRoutes(
                  plan.getRoutesList().stream().map(DhcpLease::route).toList())));
    }
    String mac =
        plan.getClientMac().isEmpty() ? null : plan.getClientMac().toLowerCase(Locale.ROOT);
    return new DhcpLease(Ipv4.parse(plan.getServerIp()), clientIp, mac, LEASE_SECONDS, options);
  }

  private static DhcpOptions.StaticRoute route(Route route) {
    return new DhcpOptions.StaticRoute(
        Ipv4.parse(route.getDestination()),
        route.getPrefixLength(),
        route.getGateway().isEmpty() ? Ipv4.ANY : Ipv4.parse(route.getGateway()));
  }
}
