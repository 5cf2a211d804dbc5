package io.jvirt.handler.network.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The nameservers and search list of a pod's resolv.conf, with upstream's defaults (kubevirt
 * pkg/network/dns/resolveconf.go): 8.8.8.8 when no IPv4 nameserver is listed, {@code cluster.local}
 * when no search domain is.
 */
public final class ResolvConf {
  /** Used when the pod's resolv.conf lists no IPv4 nameserver. */
  public static final String DEFAULT_NAMESERVER = "8.8.8.8";

  /** Used when the pod's resolv.conf lists no search domain. */
  public static final String DEFAULT_SEARCH_DOMAIN = "cluster.local";

  private ResolvConf() {}

  /** The IPv4 nameservers, in order; the default one if there are none. */
  public static List<String> nameservers(String content) {
    List<String> servers = new ArrayList<>();
    for (String line : content.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 2 && fields[0].equals("nameserver") && Ipv4Cidr.isAddress(fields[1])) {
        servers.add(fields[1]);
      }
    }
    return servers.isEmpty() ? List.of(DEFAULT_NAMESERVER) : servers;
  }

  /** The search domains, lower-cased, in order; the default one if there are none. */
  public static List<String> searchDomains(String content) {
    List<String> domains = new ArrayList<>();
    for (String line : content.split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 1 && fields[0].equals("search")) {
        for (int i = 1; i < fields.length; i++) {
          domains.add(fields[i].toLowerCase(Locale.ROOT));
        }
      }
    }
    return domains.isEmpty() ? List.of(DEFAULT_SEARCH_DOMAIN) : domains;
  }
}
