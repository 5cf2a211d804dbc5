package io.jvirt.handler.network.decide;

import java.util.List;
import java.util.Optional;

/**
 * What virt-handler found in the launcher pod before changing its network: links, IPv4 routes, the
 * pod's resolv.conf and its host name. Cached in the pod so a restarted virt-handler plans from the
 * same facts.
 */
public record PodFacts(
    List<PodLink> links,
    List<PodRoute> routes,
    List<String> nameservers,
    List<String> searchDomains,
    String hostname) {
  /** Copies the lists. */
  public PodFacts {
    links = List.copyOf(links);
    routes = List.copyOf(routes);
    nameservers = List.copyOf(nameservers);
    searchDomains = List.copyOf(searchDomains);
  }

  /** The link named {@code name}, if there is one. */
  public Optional<PodLink> link(String name) {
    return links.stream().filter(link -> link.name().equals(name)).findFirst();
  }

  /** The IPv4 routes whose outgoing device is {@code device}, in the table's order. */
  public List<PodRoute> routesVia(String device) {
    return routes.stream().filter(route -> device.equals(route.device())).toList();
  }
}
