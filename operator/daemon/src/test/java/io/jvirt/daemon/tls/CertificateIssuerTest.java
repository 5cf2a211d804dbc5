package io.jvirt.daemon.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CA, serving and client certificates virt-api makes. */
class CertificateIssuerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private final CertificateIssuer issuer = new CertificateIssuer(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void servingCertificateIsSignedByTheCaAndNamesTheService() throws Exception {
    KeyMaterial ca = issuer.newCa("test-ca", Duration.ofDays(7));
    KeyMaterial serving =
        issuer.issue(ca, "virt-api", List.of("virt-api.kubevirt.svc"), Duration.ofHours(24));

    serving.certificate().verify(ca.certificate().getPublicKey());
    assertThat(
            serving.certificate().getSubjectAlternativeNames().stream()
                .map(n -> String.valueOf(n.get(1)))
                .toList())
        .containsExactly("virt-api.kubevirt.svc");
    assertThat(ca.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(serving.certificate().getBasicConstraints()).isEqualTo(-1);
    assertThat(serving.certificate().getExtendedKeyUsage())
        .containsExactly(PeerIdentity.Role.SERVER.oid());
    assertThat(serving.notAfter()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void aServerReachedByIpGetsNoSubjectAlternativeNames() throws Exception {
    KeyMaterial serving =
        issuer.issue(
            issuer.newCa("ca", Duration.ofDays(7)), "node", List.of(), Duration.ofHours(24));

    assertThat(serving.certificate().getSubjectAlternativeNames()).isNull();
  }

  @Test
  void clientCertificateIsForClientUseOnly() throws Exception {
    KeyMaterial ca = issuer.newCa("test-ca", Duration.ofDays(7));
    KeyMaterial client = issuer.issueClient(ca, "kubevirt.io:system:client:x", Duration.ofHours(1));

    client.certificate().verify(ca.certificate().getPublicKey());
    assertThat(client.certificate().getExtendedKeyUsage())
        .containsExactly(PeerIdentity.Role.CLIENT.oid());
    assertThat(PeerIdentity.commonNames(client.certificate()))
        .containsExactly("kubevirt.io:system:client:x");
  }

  @Test
  void pemRoundTripsCertificatesAndKeys() {
    KeyMaterial ca = issuer.newCa("ca", Duration.ofDays(1));

    assertThat(Pem.certificates(Pem.write(ca.certificate()))).containsExactly(ca.certificate());
    assertThat(Pem.privateKey(Pem.write(ca.key())).getEncoded()).isEqualTo(ca.key().getEncoded());
  }
}
