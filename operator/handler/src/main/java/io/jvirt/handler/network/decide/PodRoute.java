package io.jvirt.handler.network.decide;

/**
 * An IPv4 route of the pod's main table, as {@code ip -j -4 route show table main} reports it.
 *
 * @param gateway the next hop, or null for an on-link route
 * @param protocol {@code kernel} for the routes the kernel adds with an address, else what the
 *     route came from ({@code boot}, {@code static}...), empty when ip shows none
 */
public record PodRoute(Ipv4Cidr destination, String gateway, String device, String protocol) {
  /** Whether the kernel made this route for an address (not something the pod's CNI chose). */
  public boolean isKernelRoute() {
    return "kernel".equals(protocol);
  }

  /** Whether this is a default route. */
  public boolean isDefault() {
    return destination.prefixLength() == 0;
  }
}
