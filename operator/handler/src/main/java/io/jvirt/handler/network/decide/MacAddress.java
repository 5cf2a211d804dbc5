package io.jvirt.handler.network.decide;

import io.jvirt.contract.PodNetwork;
import java.util.Locale;

/** MAC addresses of VMI interfaces and pod links (kubevirt pkg/network/link/mac.go rules). */
public final class MacAddress {
  private MacAddress() {}

  /**
   * Validates a MAC address as a VMI interface may carry it and returns it lower-case with colons:
   * six hex octets separated by {@code :} or {@code -}; the masquerade bridge's MAC is reserved.
   */
  public static String parseGuestMac(String text) {
    String mac = normalize(text);
    if (mac.equals(PodNetwork.MASQUERADE_BRIDGE_MAC)) {
      throw new PodNetworkException(
          "MAC address " + text + " is reserved for the in-pod bridge; choose another one");
    }
    return mac;
  }

  /** Normalizes a six-octet MAC address, or fails naming it. */
  public static String normalize(String text) {
    byte[] bytes = bytes(text);
    StringBuilder out = new StringBuilder(17);
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) {
        out.append(':');
      }
      out.append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xff));
    }
    return out.toString();
  }

  /** The six octets of a MAC address written with {@code :} or {@code -}. */
  public static byte[] bytes(String text) {
    if (text == null) {
      throw new PodNetworkException("MAC address missing");
    }
    String[] parts = text.trim().split("[:-]", -1);
    if (parts.length != 6) {
      throw new PodNetworkException(
          "MAC address " + text + " is not valid: expected 6 octets like 02:00:00:0a:0b:0c");
    }
    byte[] bytes = new byte[6];
    for (int i = 0; i < 6; i++) {
      if (parts[i].length() != 2) {
        throw new PodNetworkException(
            "MAC address " + text + " is not valid: bad octet " + parts[i]);
      }
      try {
        bytes[i] = (byte) Integer.parseInt(parts[i], 16);
      } catch (NumberFormatException e) {
        throw new PodNetworkException(
            "MAC address " + text + " is not valid: bad octet " + parts[i]);
      }
    }
    return bytes;
  }

  /**
   * A locally administered unicast MAC derived from the pod interface's MAC that differs from it
   * and from {@code avoid}: the bridge binding gives it to the bridge and to the enslaved pod NIC,
   * so that the pod's original MAC belongs to the guest alone on the in-pod bridge (upstream copies
   * the bridge's random MAC to the NIC for the same reason; deriving it keeps the plan pure).
   */
  public static String derivedNicMac(String podMac, String avoid) {
    byte[] bytes = bytes(podMac);
    String original = normalize(podMac);
    String avoided = avoid == null ? original : normalize(avoid);
    for (int flip = 0x04; ; flip <<= 1) {
      byte[] candidate = bytes.clone();
      candidate[0] = (byte) (((bytes[0] ^ flip) | 0x02) & 0xfe);
      String mac = normalize(format(candidate));
      if (!mac.equals(original) && !mac.equals(avoided)) {
        return mac;
      }
    }
  }

  private static String format(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      if (out.length() > 0) {
        out.append(':');
      }
      out.append(String.format(Locale.ROOT, "%02x", b & 0xff));
    }
    return out.toString();
  }
}
