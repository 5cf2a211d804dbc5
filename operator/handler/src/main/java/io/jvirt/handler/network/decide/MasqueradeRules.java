package io.jvirt.handler.network.decide;

import io.jvirt.api.v1.domain.Port;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The NAT of the masquerade binding as an nftables script (kubevirt
 * pkg/network/setup/netpod/masquerade/masquerade.go): table {@code ip nat}, base chains
 * prerouting/input/output/postrouting, chains KUBEVIRT_PREINBOUND and KUBEVIRT_POSTINBOUND. The
 * guest leaves with the pod's IP; what reaches the pod (all ports, or only the listed ones) goes to
 * the guest, and so does what the pod sends to 127.0.0.1 on those ports.
 */
public final class MasqueradeRules {
  /** The nftables table, family ip. */
  public static final String TABLE = "nat";

  public static final String PRE_INBOUND = "KUBEVIRT_PREINBOUND";
  public static final String POST_INBOUND = "KUBEVIRT_POSTINBOUND";

  /** Ports of the legacy (TCP) migration transport, exempted from the NAT. */
  public static final List<Integer> LEGACY_MIGRATION_PORTS = List.of(49152, 49153);

  private static final String LOOPBACK = "127.0.0.1";
  private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

  private MasqueradeRules() {}

  /**
   * The script for a pod interface and its bridge, the guest and gateway addresses, the ports the
   * VMI interface lists (empty: all), and whether the legacy migration ports stay un-NATed (the
   * VMI's migration transport is not Unix).
   */
  public static String script(
      String podInterface,
      String bridge,
      String guestIp,
      String gatewayIp,
      List<Port> ports,
      boolean legacyMigrationPorts) {
    StringBuilder nft = new StringBuilder();
    String table = "ip " + TABLE;
    nft.append("add table ").append(table).append('\n');
    chain(nft, table, "prerouting", "{ type nat hook prerouting priority -100; }");
    chain(nft, table, "input", "{ type nat hook input priority 100; }");
    chain(nft, table, "output", "{ type nat hook output priority -100; }");
    chain(nft, table, "postrouting", "{ type nat hook postrouting priority 100; }");
    chain(nft, table, PRE_INBOUND, null);
    chain(nft, table, POST_INBOUND, null);
    rule(nft, table, "postrouting", "ip saddr " + guestIp + " counter masquerade");
    rule(nft, table, "prerouting", "iifname \"" + podInterface + "\" counter jump " + PRE_INBOUND);
    rule(nft, table, "postrouting", "oifname \"" + bridge + "\" counter jump " + POST_INBOUND);
    if (legacyMigrationPorts) {
      String skip =
          "tcp dport { "
              + String.join(", ", LEGACY_MIGRATION_PORTS.stream().map(String::valueOf).toList())
              + " } ip saddr "
              + LOOPBACK
              + " counter return";
      rule(nft, table, "output", skip);
      rule(nft, table, POST_INBOUND, skip);
    }
    String loopbackSet = "{ " + LOOPBACK + " }";
    if (ports == null || ports.isEmpty()) {
      rule(nft, table, PRE_INBOUND, "counter dnat to " + guestIp);
      rule(nft, table, POST_INBOUND, "ip saddr " + loopbackSet + " counter snat to " + gatewayIp);
      rule(nft, table, "output", "ip daddr " + loopbackSet + " counter dnat to " + guestIp);
      return nft.toString();
    }
    for (Port port : ports) {
      String protocol = protocol(port);
      int number = port.getPort();
      rule(
          nft,
          table,
          PRE_INBOUND,
          protocol + " dport { " + number + " } counter dnat to " + guestIp);
      rule(
          nft,
          table,
          POST_INBOUND,
          protocol
              + " dport "
              + number
              + " ip saddr "
              + loopbackSet
              + " counter snat to "
              + gatewayIp);
      rule(
          nft,
          table,
          "output",
          "ip daddr "
              + loopbackSet
              + " "
              + protocol
              + " dport "
              + number
              + " counter dnat to "
              + guestIp);
    }
    return nft.toString();
  }

  /** The port's protocol lower-cased, TCP when unset; fails on anything but TCP, UDP, SCTP. */
  static String protocol(Port port) {
    if (port.getPort() == null || port.getPort() < 1 || port.getPort() > 65535) {
      throw new PodNetworkException("port " + port.getPort() + " is not a valid port number");
    }
    String protocol =
        port.getProtocol() == null || port.getProtocol().isEmpty()
            ? "tcp"
            : port.getProtocol().toLowerCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      throw new PodNetworkException(
          "port "
              + port.getPort()
              + " has protocol "
              + port.getProtocol()
              + ": use TCP, UDP or SCTP");
    }
    return protocol;
  }

  private static void chain(StringBuilder nft, String table, String name, String spec) {
    nft.append("add chain ").append(table).append(' ').append(name);
    if (spec != null) {
      nft.append(' ').append(spec);
    }
    nft.append('\n');
  }

  private static void rule(StringBuilder nft, String table, String chain, String rule) {
    nft.append("add rule ")
        .append(table)
        .append(' ')
        .append(chain)
        .append(' ')
        .append(rule)
        .append('\n');
  }
}
