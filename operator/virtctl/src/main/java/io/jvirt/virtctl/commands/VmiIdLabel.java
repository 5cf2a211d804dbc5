package io.jvirt.virtctl.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The value of the {@code vmi.kubevirt.io/id} label launcher pods carry, which a Service for a VM
 * or VMI selects on: the VMI name, shortened with a hash when it exceeds a label's 63 characters.
 */
final class VmiIdLabel {
  static final String KEY = "vmi.kubevirt.io/id";

  private static final int MAX_LENGTH = 63;
  private static final int HASH_LENGTH = 8;

  private VmiIdLabel() {}

  static String value(String vmiName) {
    if (vmiName.length() <= MAX_LENGTH) {
      return vmiName;
    }
    String hash = HexFormat.of().formatHex(sha1(vmiName)).substring(0, HASH_LENGTH);
    return vmiName.substring(0, MAX_LENGTH - HASH_LENGTH - 1) + "-" + hash;
  }

  private static byte[] sha1(String text) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
  }
}
