package io.jvirt.cdi.uploadtoken;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.contract.UploadTokens;
import io.jvirt.cdi.uploadtoken.decide.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Signing and verifying upload tokens with a generated key pair. */
class UploadTokenRoundTripTest {
  private static final KeyPair KEYS = SigningKeys.generate();
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.750Z");
  private final UploadTokenSigner signer =
      new UploadTokenSigner(KEYS.getPrivate(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aSignedTokenVerifiesWithItsClaims() {
    String token = signer.sign("ns", "disk");

    TokenClaims claims = UploadTokenVerifier.verify(token, KEYS.getPublic()).orElseThrow();

    assertThat(claims)
        .isEqualTo(
            new TokenClaims(
                UploadTokens.ISSUER,
                Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-01T10:05:00Z"),
                UploadTokens.OPERATION_UPLOAD,
                "disk",
                "ns",
                UploadTokens.RESOURCE_PVC));
  }

  @Test
  void theHeaderSaysRs256() {
    String header = signer.sign("ns", "disk").split("\\.")[0];

    assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
        .contains("\"alg\":\"RS256\"");
  }

  @Test
  void anotherKeyDoesNotVerify() {
    String token = signer.sign("ns", "disk");

    assertThat(UploadTokenVerifier.verify(token, SigningKeys.generate().getPublic())).isEmpty();
  }

  @Test
  void aTamperedPayloadDoesNotVerify() {
    String[] parts = signer.sign("ns", "disk").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"disk\"", "\"other\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertThat(UploadTokenVerifier.verify(forged, KEYS.getPublic())).isEmpty();
  }

  @Test
  void anUnsignedTokenDoesNotVerify() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String payload = signer.sign("ns", "disk").split("\\.")[1];

    assertThat(UploadTokenVerifier.verify(header + "." + payload + ".", KEYS.getPublic()))
        .isEmpty();
  }

  @Test
  void garbageDoesNotVerify() {
    assertThat(UploadTokenVerifier.verify("not-a-jwt", KEYS.getPublic())).isEmpty();
  }
}
