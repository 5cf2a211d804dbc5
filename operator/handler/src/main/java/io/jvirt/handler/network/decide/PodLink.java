package io.jvirt.handler.network.decide;

import java.util.List;

/**
 * One link in the launcher pod's network namespace as {@code ip -j -d addr show} reports it.
 *
 * @param kind {@code veth}, {@code bridge}, {@code tun}, {@code dummy}..., empty for a plain device
 * @param master the bridge it is enslaved to, or null
 * @param ipv4 its IPv4 addresses with their prefix lengths, in the kernel's order
 */
public record PodLink(
    String name, String kind, String mac, int mtu, boolean up, String master, List<Ipv4Cidr> ipv4) {
  /** Copies the address list. */
  public PodLink {
    ipv4 = List.copyOf(ipv4);
  }

  /** The first global unicast IPv4 address, or null. */
  public Ipv4Cidr firstGlobalIpv4() {
    return ipv4.stream().filter(Ipv4Cidr::isGlobalUnicast).findFirst().orElse(null);
  }
}
