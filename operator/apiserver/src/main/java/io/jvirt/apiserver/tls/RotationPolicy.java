package io.jvirt.apiserver.tls;

import io.jvirt.daemon.tls.KeyMaterial;
import java.security.GeneralSecurityException;
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

  /**
   * True when {@code material} must be issued anew at {@code now}: there is none, it was not signed
   * by {@code ca} (the CA that signs now, which has just replaced another), or it is due.
   */
  public static boolean needsReissue(KeyMaterial material, KeyMaterial ca, Instant now) {
    if (material == null) {
      return true;
    }
    try {
      material.certificate().verify(ca.certificate().getPublicKey());
    } catch (GeneralSecurityException e) {
      return true;
    }
    return needsRenewal(material, now);
  }

  /** The moment {@code material} is due for renewal. */
  public static Instant renewalTime(KeyMaterial material) {
    Duration lifetime = Duration.between(material.notBefore(), material.notAfter());
    return material.notBefore().plusMillis((long) (lifetime.toMillis() * RENEW_AT));
  }
}
