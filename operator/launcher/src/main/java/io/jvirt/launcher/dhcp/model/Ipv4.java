package io.jvirt.launcher.dhcp.model;

/** IPv4 addresses as 32-bit ints, parsed and written without java.net (this package is pure). */
public final class Ipv4 {
  /** 0.0.0.0. */
  public static final int ANY = 0;

  /** 255.255.255.255, the limited broadcast. */
  public static final int BROADCAST = -1;

  private Ipv4() {}

  /** Parses a dotted quad. */
  public static int parse(String text) {
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

  /** Writes a dotted quad. */
  public static String format(int address) {
    return (address >>> 24)
        + "."
        + (address >>> 16 & 0xff)
        + "."
        + (address >>> 8 & 0xff)
        + "."
        + (address & 0xff);
  }

  /** The four octets, network order. */
  public static byte[] bytes(int address) {
    return new byte[] {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
  }

  /** The netmask of a prefix length. */
  public static int mask(int prefixLength) {
    if (prefixLength < 0 || prefixLength > 32) {
      throw new IllegalArgumentException("IPv4 prefix length out of range: " + prefixLength);
    }
    return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
  }
}
