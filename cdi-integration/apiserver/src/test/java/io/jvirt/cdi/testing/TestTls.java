package io.jvirt.cdi.testing;

import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A day-long test CA: a serving certificate for {@code localhost} and a client trusting it. */
public record TestTls(KeyMaterial serving, SSLContext client) {
  /** Issues a new CA and a serving certificate named {@code commonName}. */
  public static TestTls issue(String commonName) {
    try {
      CertificateIssuer issuer = new CertificateIssuer(Clock.systemUTC());
      KeyMaterial ca = issuer.newCa("test-ca", Duration.ofDays(1));
      KeyMaterial serving = issuer.issue(ca, commonName, List.of("localhost"), Duration.ofDays(1));
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("ca", ca.certificate());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, trust.getTrustManagers(), null);
      return new TestTls(serving, tls);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot set up test TLS", e);
    }
  }
}
