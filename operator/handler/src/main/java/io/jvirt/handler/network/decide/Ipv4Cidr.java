package io.jvirt.handler.network.decide;

/**
 * An IPv4 address with a prefix length, e.g. {@code 10.88.1.5/16}; the address keeps its host bits.
 * Parsed and formatted without java.net (this package stays pure).
 */
public record Ipv4Cidr(int address, int prefixLength) {
  /** Any address: the destination of a default route. */
  public static final Ipv4Cidr DEFAULT = new Ipv4Cidr(0, 0);

  /** Checks the prefix length. */
  public Ipv4Cidr {
    if (prefixLength < 0 || prefixLength > 32) {
      throw new IllegalArgumentException("IPv4 prefix length out of range: " + prefixLength);
    }
  }

  /** Parses {@code a.b.c.d/n}, or {@code a.b.c.d} as a /32, or {@code default}. */
  public static Ipv4Cidr parse(String text) {
    if ("default".equals(text)) {
      return DEFAULT;
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return new Ipv4Cidr(parseAddress(text), 32);
    }
    int prefix;
    try {
      prefix = Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an IPv4 CIDR: " + text, e);
    }
    if (prefix < 0 || prefix > 32) {
      throw new IllegalArgumentException("not an IPv4 CIDR: " + text);
    }
    return new Ipv4Cidr(parseAddress(text.substring(0, slash)), prefix);
  }

  /** Parses a dotted-quad IPv4 address into its 32 bits. */
  public static int parseAddress(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address: " + text);
    }
    int address = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("not an IPv4 address: " + text);
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        throw new IllegalArgumentException("not an IPv4 address: " + text);
      }
      address = address << 8 | octet;
    }
    return address;
  }

  /** Whether {@code text} is a dotted-quad IPv4 address. */
  public static boolean isAddress(String text) {
    try {
      parseAddress(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Formats 32 bits as a dotted quad. */
  public static String format(int address) {
    return (address >>> 24)
        + "."
        + (address >>> 16 & 0xff)
        + "."
        + (address >>> 8 & 0xff)
        + "."
        + (address & 0xff);
  }

  /** The netmask of this prefix length as 32 bits. */
  public int mask() {
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }

  /** The network address (host bits cleared) with the same prefix length. */
  public Ipv4Cidr network() {
    return new Ipv4Cidr(address & mask(), prefixLength);
  }

  /** Whether {@code other} lies in this network. */
  public boolean contains(int other) {
    return (other & mask()) == (address & mask());
  }

  /** The {@code n}-th address of this network, with the same prefix length. */
  public Ipv4Cidr host(int n) {
    return new Ipv4Cidr((address & mask()) + n, prefixLength);
  }

  /** The address alone, as a dotted quad. */
  public String ip() {
    return format(address);
  }

  /** Whether this is a global unicast address (not loopback, link-local, multicast, zero). */
  public boolean isGlobalUnicast() {
    int first = address >>> 24;
    boolean linkLocal = (address >>> 16) == (169 << 8 | 254);
    return address != 0 && first != 127 && first < 224 && !linkLocal;
  }

  @Override
  public String toString() {
    return ip() + "/" + prefixLength;
  }
}
