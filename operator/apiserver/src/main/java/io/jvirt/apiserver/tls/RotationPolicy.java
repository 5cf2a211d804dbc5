package io.jvirt.apiserver.tls;

import java.time.Duration;
import java.time.Instant;

/**
 * When a certificate is renewed: once 80% of its lifetime has passed (as Kubernetes' own
 * certificate managers do), so the new one is in place long before the old one expires.
 */
public final class RotationPolicy {
  private static final double RENEW_AT = 0.8;

  private RotationPolicy() {}

  /** True when {@code material} should be replaced at {@code now}. */
  public static boolean needsRenewal(KeyMaterial material, Instant now) {
    return !now.isBefore(renewalTime(material));
  }

  /** The moment {@code material} is due for renewal. */
  public static Instant renewalTime(KeyMaterial material) {
    Duration lifetime = Duration.between(material.notBefore(), material.notAfter());
    return material.notBefore().plusMillis((long) (lifetime.toMillis() * RENEW_AT));
  }
}
