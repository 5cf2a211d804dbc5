package io.jvirt.apiserver.tls;

import java.time.Duration;

/** How long virt-api's CA and serving certificates live (upstream: 7 days and 24 hours). */
public record CertificateValidity(Duration ca, Duration serving) {

  /** Upstream's lifetimes. */
  public static CertificateValidity defaults() {
    return new CertificateValidity(Duration.ofDays(7), Duration.ofHours(24));
  }
}
