package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.contract.ImporterPod;
import java.nio.charset.StandardCharsets;

/**
 * Names of the objects CDI derives from a PVC, kept within Kubernetes' 253 characters the way
 * upstream's namer does: when too long, part of the name is replaced by an FNV-32a hash.
 */
public final class ResourceNames {
  /** Longest DNS-1123 subdomain. */
  public static final int MAX_LENGTH = 253;

  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private ResourceNames() {}

  /** {@code importer-<pvc>}. */
  public static String importerPod(String claim) {
    return name(ImporterPod.NAME_PREFIX, claim, MAX_LENGTH);
  }

  /** {@code <pvc>-scratch}. */
  public static String scratchClaim(String claim) {
    return name(claim, ImporterPod.SCRATCH_SUFFIX, MAX_LENGTH);
  }

  /** {@code base-suffix}, shortened with a hash when longer than {@code max}. */
  static String name(String base, String suffix, int max) {
    String name = base + "-" + suffix;
    if (name.length() <= max) {
      return name;
    }
    int baseLength = max - 10 - suffix.length();
    if (baseLength < 0) {
      String prefix = base.substring(0, Math.min(base.length(), Math.max(0, max - 9)));
      String shortName = prefix + "-" + hash(name);
      return shortName.substring(0, Math.min(max, shortName.length()));
    }
    return base.substring(0, baseLength) + "-" + hash(base) + "-" + suffix;
  }

  /** FNV-32a of the UTF-8 bytes, as 8 lower-case hex digits. */
  static String hash(String text) {
    int hash = FNV_OFFSET;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= FNV_PRIME;
    }
    return String.format("%08x", hash);
  }
}
