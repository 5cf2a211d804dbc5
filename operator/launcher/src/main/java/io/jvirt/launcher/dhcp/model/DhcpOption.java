package io.jvirt.launcher.dhcp.model;

import java.util.Arrays;
import java.util.HexFormat;

/** One DHCP option (RFC 2132): its code and value bytes (at most 255). */
public record DhcpOption(int code, byte[] value) {
  /** Checks code and length. */
  public DhcpOption {
    if (code < 1 || code > 254) {
      throw new IllegalArgumentException("DHCP option code out of range: " + code);
    }
    if (value.length > 255) {
      throw new IllegalArgumentException(
          "DHCP option " + code + " is " + value.length + " bytes long, over 255");
    }
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DhcpOption o && o.code == code && Arrays.equals(o.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * code + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return code + "=" + HexFormat.of().formatHex(value);
  }
}
