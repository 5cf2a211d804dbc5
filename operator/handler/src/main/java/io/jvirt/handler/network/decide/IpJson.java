package io.jvirt.handler.network.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON iproute2 prints ({@code ip -j}) into pod links and routes. */
public final class IpJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IpJson() {}

  /** The links of {@code ip -j -d addr show}, with their IPv4 addresses. */
  public static List<PodLink> links(String json) {
    List<PodLink> links = new ArrayList<>();
    for (JsonNode link : array(json)) {
      List<Ipv4Cidr> ipv4 = new ArrayList<>();
      for (JsonNode address : link.path("addr_info")) {
        if ("inet".equals(address.path("family").asText())) {
          ipv4.add(
              new Ipv4Cidr(
                  Ipv4Cidr.parseAddress(address.path("local").asText()),
                  address.path("prefixlen").asInt()));
        }
      }
      boolean up = false;
      for (JsonNode flag : link.path("flags")) {
        up |= "UP".equals(flag.asText());
      }
      links.add(
          new PodLink(
              link.path("ifname").asText(),
              link.path("linkinfo").path("info_kind").asText(""),
              link.path("address").asText(""),
              link.path("mtu").asInt(),
              up,
              link.hasNonNull("master") ? link.get("master").asText() : null,
              ipv4));
    }
    return links;
  }

  /** The routes of {@code ip -j -4 route show table main}. */
  public static List<PodRoute> routes(String json) {
    List<PodRoute> routes = new ArrayList<>();
    for (JsonNode route : array(json)) {
      String type = route.path("type").asText("unicast");
      if (!type.equals("unicast")) {
        continue;
      }
      routes.add(
          new PodRoute(
              Ipv4Cidr.parse(route.path("dst").asText()),
              route.hasNonNull("gateway") ? route.get("gateway").asText() : null,
              route.path("dev").asText(""),
              route.path("protocol").asText("")));
    }
    return routes;
  }

  private static JsonNode array(String json) {
    try {
      JsonNode node = JSON.readTree(json.isBlank() ? "[]" : json);
      if (!node.isArray()) {
        throw new PodNetworkException("unexpected output of ip -j: " + json);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new PodNetworkException(
          "cannot read the output of ip -j: " + e.getOriginalMessage(), e);
    }
  }
}
