package io.jvirt.launcher.dhcp.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** DHCP option codes the server uses and the encodings of their values. */
public final class DhcpOptions {
  public static final int SUBNET_MASK = 1;
  public static final int ROUTER = 3;
  public static final int DNS_SERVERS = 6;
  public static final int HOST_NAME = 12;
  public static final int DOMAIN_NAME = 15;
  public static final int INTERFACE_MTU = 26;
  public static final int BROADCAST_ADDRESS = 28;
  public static final int REQUESTED_ADDRESS = 50;
  public static final int LEASE_TIME = 51;
  public static final int MESSAGE_TYPE = 53;
  public static final int SERVER_ID = 54;
  public static final int DOMAIN_SEARCH = 119;
  public static final int CLASSLESS_ROUTES = 121;

  /** Message types (option 53). */
  public static final int DISCOVER = 1;

  public static final int OFFER = 2;
  public static final int REQUEST = 3;
  public static final int DECLINE = 4;
  public static final int ACK = 5;
  public static final int NAK = 6;
  public static final int RELEASE = 7;
  public static final int INFORM = 8;

  /** Upstream's check of a search domain (kubevirt pkg/network/dhcp/server/server.go). */
  private static final Pattern SEARCH_DOMAIN =
      Pattern.compile(
          "^(?:[_a-z0-9](?:[_a-z0-9-]{0,61}[a-z0-9])?\\.)*(?:[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?)?$");

  private DhcpOptions() {}

  /** A one-byte option. */
  public static DhcpOption byteOption(int code, int value) {
    return new DhcpOption(code, new byte[] {(byte) value});
  }

  /** An unsigned 16-bit option (26 MTU). */
  public static DhcpOption uint16(int code, int value) {
    return new DhcpOption(code, new byte[] {(byte) (value >>> 8), (byte) value});
  }

  /** An unsigned 32-bit option (51 lease time). */
  public static DhcpOption uint32(int code, long value) {
    return new DhcpOption(code, ByteBuffer.allocate(4).putInt((int) value).array());
  }

  /** A text option (12 host name, 15 domain name). */
  public static DhcpOption text(int code, String value) {
    return new DhcpOption(code, value.getBytes(StandardCharsets.US_ASCII));
  }

  /** A list of IPv4 addresses (3 router, 6 DNS servers, 54 server identifier, 1 mask). */
  public static DhcpOption addresses(int code, List<Integer> addresses) {
    ByteBuffer value = ByteBuffer.allocate(4 * addresses.size());
    addresses.forEach(value::putInt);
    return new DhcpOption(code, value.array());
  }

  /**
   * A value longer than one option holds, split into consecutive instances of {@code code} (RFC
   * 3396); one instance when it fits.
   */
  public static List<DhcpOption> split(int code, byte[] value) {
    List<DhcpOption> options = new ArrayList<>();
    for (int from = 0; from < value.length || options.isEmpty(); from += 255) {
      options.add(
          new DhcpOption(
              code, Arrays.copyOfRange(value, from, Math.min(value.length, from + 255))));
    }
    return options;
  }

  /** One classless static route: destination network, prefix length, router (0: on-link). */
  public record StaticRoute(int destination, int prefixLength, int router) {}

  /**
   * Classless static routes (option 121, RFC 3442 §3): per route the prefix length, the significant
   * octets of the destination, then the router.
   */
  public static byte[] classlessRoutes(List<StaticRoute> routes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (StaticRoute route : routes) {
      int width = route.prefixLength();
      byte[] destination = Ipv4.bytes(route.destination() & Ipv4.mask(width));
      out.write(width);
      out.write(destination, 0, (width + 7) / 8);
      out.writeBytes(Ipv4.bytes(route.router()));
    }
    return out.toByteArray();
  }

  /**
   * A domain search list (option 119, RFC 3397): each domain as DNS labels, uncompressed (RFC 1035
   * §3.1), as upstream; fails on a name upstream would refuse.
   */
  public static byte[] domainSearch(List<String> domains) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String domain : domains) {
      String name = domain.toLowerCase(Locale.ROOT);
      if (name.length() > 253 || !SEARCH_DOMAIN.matcher(name).matches()) {
        throw new IllegalArgumentException("search domain is not valid: '" + domain + "'");
      }
      for (String label : name.split("\\.")) {
        if (!label.isEmpty()) {
          out.write(label.length());
          out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
      }
      out.write(0);
    }
    return out.toByteArray();
  }
}
