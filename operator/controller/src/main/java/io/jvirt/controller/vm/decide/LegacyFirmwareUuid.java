package io.jvirt.controller.vm.decide;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** The firmware UUID upstream derives from a VM's name alone (UUIDv5, SHA-1). */
public final class LegacyFirmwareUuid {
  private static final UUID NAMESPACE = UUID.fromString("6a1a24a1-4061-4607-8bf4-a3963d0c5895");

  private LegacyFirmwareUuid() {}

  /** The name-based UUID of {@code vmName}; the same name always gives the same UUID. */
  public static UUID of(String vmName) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(NAMESPACE.getMostSignificantBits())
            .putLong(NAMESPACE.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(vmName.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
