package io.jvirt.daemon.tls;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which peer certificates virt-api and virt-handler accept of each other. */
class PeerTrustManagerTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String NODE = "kubevirt.io:system:node:virt-handler";
  private static final String CLIENT = "kubevirt.io:system:client:virt-handler";

  private final CertificateIssuer issuer = new CertificateIssuer(CLOCK);
  private final KeyMaterial ca = issuer.newCa("ca", Duration.ofDays(7));
  private final KeyMaterial otherCa = issuer.newCa("ca", Duration.ofDays(7));

  private PeerTrustManager trusting(PeerIdentity peer, KeyMaterial... cas) {
    List<X509Certificate> bundle =
        java.util.Arrays.stream(cas).map(KeyMaterial::certificate).toList();
    return new PeerTrustManager(() -> bundle, peer, CLOCK);
  }

  private static X509Certificate[] chain(KeyMaterial leaf) {
    return new X509Certificate[] {leaf.certificate(), leaf.ca()};
  }

  @Test
  void theHandlersCertificateOfTheCaIsTrustedWithoutAnyHostName() {
    KeyMaterial handler = issuer.issue(ca, NODE, List.of(), Duration.ofHours(24));

    assertThatCode(() -> trusting(PeerIdentity.server(NODE), ca).verify(chain(handler)))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                trusting(PeerIdentity.server(NODE), ca)
                    .verify(new X509Certificate[] {handler.certificate()}))
        .as("the leaf alone")
        .doesNotThrowAnyException();
  }

  @Test
  void anyCaOfTheBundleWillDo() {
    KeyMaterial handler = issuer.issue(otherCa, NODE, List.of(), Duration.ofHours(24));

    assertThatCode(() -> trusting(PeerIdentity.server(NODE), ca, otherCa).verify(chain(handler)))
        .doesNotThrowAnyException();
  }

  @Test
  void aCertificateOfAnotherCaIsRefused() {
    KeyMaterial forged = issuer.issue(otherCa, NODE, List.of(), Duration.ofHours(24));

    assertThatThrownBy(() -> trusting(PeerIdentity.server(NODE), ca).verify(chain(forged)))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("could not verify");
  }

  @Test
  void anotherCommonNameOfTheSameCaIsRefused() {
    KeyMaterial virtApi = issuer.issue(ca, "virt-api", List.of("virt-api.kubevirt.svc"), HOURS);

    assertThatThrownBy(() -> trusting(PeerIdentity.server(NODE), ca).verify(chain(virtApi)))
        .hasMessageContaining("expected " + NODE + ", but got virt-api");
  }

  @Test
  void theRightNameForTheWrongRoleIsRefused() {
    KeyMaterial clientNamedAsNode = issuer.issueClient(ca, NODE, HOURS);
    KeyMaterial serverNamedAsClient = issuer.issue(ca, CLIENT, List.of(), HOURS);

    assertThatThrownBy(
            () -> trusting(PeerIdentity.server(NODE), ca).verify(chain(clientNamedAsNode)))
        .hasMessageContaining("not for server use");
    assertThatThrownBy(
            () -> trusting(PeerIdentity.client(CLIENT), ca).verify(chain(serverNamedAsClient)))
        .hasMessageContaining("not for client use");
  }

  @Test
  void anExpiredCertificateIsRefused() {
    KeyMaterial shortLived = issuer.issueClient(ca, CLIENT, Duration.ofMinutes(1));
    PeerTrustManager later =
        new PeerTrustManager(
            () -> List.of(ca.certificate()),
            PeerIdentity.client(CLIENT),
            Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC));

    assertThatThrownBy(() -> later.verify(chain(shortLived)))
        .hasMessageContaining("could not verify");
  }

  @Test
  void theCaItselfAndAnEmptyChainAreNoPeers() {
    PeerTrustManager trust = trusting(PeerIdentity.server(NODE), ca);

    assertThatThrownBy(() -> trust.verify(new X509Certificate[] {ca.certificate()}))
        .hasMessageContaining("no peer certificate");
    assertThatThrownBy(() -> trust.verify(new X509Certificate[0]))
        .hasMessageContaining("no certificate");
  }

  @Test
  void nothingIsTrustedBeforeTheBundleArrives() {
    KeyMaterial handler = issuer.issue(ca, NODE, List.of(), HOURS);
    PeerTrustManager trust = new PeerTrustManager(() -> null, PeerIdentity.server(NODE), CLOCK);

    assertThatThrownBy(() -> trust.verify(chain(handler))).hasMessageContaining("no CA");
  }

  private static final Duration HOURS = Duration.ofHours(24);
}
