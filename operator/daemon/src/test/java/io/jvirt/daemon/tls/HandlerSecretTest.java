package io.jvirt.daemon.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.contract.HandlerApi;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handler's Secret as virt-api writes it and virt-handler reads it. */
class HandlerSecretTest {
  private final CertificateIssuer issuer = new CertificateIssuer(Clock.systemUTC());

  @Test
  void whatIsWrittenIsReadBackWithTheSigningCa() {
    KeyMaterial previous = issuer.newCa("ca", Duration.ofDays(7));
    KeyMaterial ca = issuer.newCa("ca", Duration.ofDays(7));
    KeyMaterial serving =
        issuer.issue(ca, HandlerApi.SERVER_COMMON_NAME, List.of(), Duration.ofHours(1));

    Map<String, String> data =
        HandlerSecret.data(serving, List.of(previous.certificate(), ca.certificate()));
    TlsMaterial read = HandlerSecret.read(data).orElseThrow();

    assertThat(data).containsOnlyKeys("tls.crt", "tls.key", "ca.crt");
    assertThat(read.identity().certificate()).isEqualTo(serving.certificate());
    assertThat(read.identity().key().getEncoded()).isEqualTo(serving.key().getEncoded());
    assertThat(read.identity().ca()).isEqualTo(ca.certificate());
    assertThat(read.trusted()).containsExactly(previous.certificate(), ca.certificate());
  }

  @Test
  void anIncompleteOrBrokenSecretHoldsNothing() {
    KeyMaterial ca = issuer.newCa("ca", Duration.ofDays(7));
    Map<String, String> data =
        new HashMap<>(
            HandlerSecret.data(
                issuer.issue(ca, "n", List.of(), Duration.ofHours(1)), List.of(ca.certificate())));
    data.remove(HandlerApi.CA_BUNDLE);
    assertThat(HandlerSecret.read(data)).isEmpty();
    assertThat(HandlerSecret.read(null)).isEmpty();
    data.put(HandlerApi.CA_BUNDLE, "bm90IHBlbQ==");
    assertThat(HandlerSecret.read(data)).isEmpty();
  }
}
