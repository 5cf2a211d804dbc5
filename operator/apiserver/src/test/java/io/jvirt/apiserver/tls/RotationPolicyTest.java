package io.jvirt.apiserver.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When virt-api renews a certificate. */
class RotationPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private final CertificateIssuer issuer = new CertificateIssuer(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void renewalIsDueAfterEightyPercentOfTheLifetime() {
    KeyMaterial serving =
        issuer.issue(
            issuer.newCa("ca", Duration.ofDays(7)), "s", List.of("a"), Duration.ofHours(24));
    Instant due = RotationPolicy.renewalTime(serving);

    assertThat(RotationPolicy.needsRenewal(serving, due.minusSeconds(1))).isFalse();
    assertThat(RotationPolicy.needsRenewal(serving, due)).isTrue();
    assertThat(due).isBetween(NOW.plus(Duration.ofHours(18)), NOW.plus(Duration.ofHours(20)));
  }

  @Test
  void aCertificateIsIssuedAnewWhenMissingDueOrOfAnotherCa() {
    KeyMaterial ca = issuer.newCa("ca", Duration.ofDays(7));
    KeyMaterial nextCa = issuer.newCa("ca", Duration.ofDays(7));
    KeyMaterial handler = issuer.issue(ca, "node", List.of(), Duration.ofHours(24));

    assertThat(RotationPolicy.needsReissue(null, ca, NOW)).isTrue();
    assertThat(RotationPolicy.needsReissue(handler, ca, NOW)).isFalse();
    assertThat(RotationPolicy.needsReissue(handler, nextCa, NOW)).as("the next CA signs").isTrue();
    assertThat(RotationPolicy.needsReissue(handler, ca, NOW.plus(Duration.ofHours(20)))).isTrue();
  }
}
