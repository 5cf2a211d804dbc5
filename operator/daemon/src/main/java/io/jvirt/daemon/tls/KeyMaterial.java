package io.jvirt.daemon.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** A certificate with its private key, and the CA that signed it. */
public record KeyMaterial(X509Certificate certificate, PrivateKey key, X509Certificate ca) {

  /** When the certificate stops being valid. */
  public Instant notAfter() {
    return certificate.getNotAfter().toInstant();
  }

  /** When the certificate became valid. */
  public Instant notBefore() {
    return certificate.getNotBefore().toInstant();
  }
}
