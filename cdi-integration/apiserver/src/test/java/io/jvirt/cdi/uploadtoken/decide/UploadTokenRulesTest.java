package io.jvirt.cdi.uploadtoken.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.contract.UploadTokens;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the claims of a correctly signed token allow. */
class UploadTokenRulesTest {
  private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

  private static TokenClaims claims(
      String issuer, String operation, String resource, String namespace, String name) {
    return new TokenClaims(
        issuer, ISSUED, ISSUED.plus(UploadTokens.VALIDITY), operation, name, namespace, resource);
  }

  private static TokenClaims valid() {
    return claims(
        UploadTokens.ISSUER, UploadTokens.OPERATION_UPLOAD, UploadTokens.RESOURCE_PVC, "ns", "pvc");
  }

  @Test
  void aFreshTokenAllowsItsPvc() {
    assertThat(UploadTokenRules.check(valid(), ISSUED.plusSeconds(1)))
        .isEqualTo(new TokenVerdict.Accepted("ns", "pvc"));
  }

  @Test
  void anExpiredTokenIsRejected() {
    assertThat(UploadTokenRules.check(valid(), ISSUED.plus(UploadTokens.VALIDITY).plusSeconds(10)))
        .isEqualTo(new TokenVerdict.Rejected("token expired"));
  }

  @Test
  void expiryToleratesTheLeeway() {
    assertThat(UploadTokenRules.check(valid(), ISSUED.plus(UploadTokens.VALIDITY).plusSeconds(9)))
        .isInstanceOf(TokenVerdict.Accepted.class);
  }

  @Test
  void aTokenFromTheFutureIsRejected() {
    assertThat(UploadTokenRules.check(valid(), ISSUED.minusSeconds(11)))
        .isEqualTo(new TokenVerdict.Rejected("token not valid yet"));
  }

  @Test
  void anotherIssuerIsRejected() {
    TokenClaims claims =
        claims("someone", UploadTokens.OPERATION_UPLOAD, UploadTokens.RESOURCE_PVC, "ns", "pvc");

    assertThat(UploadTokenRules.check(claims, ISSUED))
        .isEqualTo(new TokenVerdict.Rejected("token not issued by cdi-apiserver"));
  }

  @Test
  void aCloneTokenIsRejected() {
    TokenClaims claims =
        claims(UploadTokens.ISSUER, "Clone", UploadTokens.RESOURCE_PVC, "ns", "pvc");

    assertThat(UploadTokenRules.check(claims, ISSUED))
        .isEqualTo(new TokenVerdict.Rejected("token is not for an upload"));
  }

  @Test
  void anotherResourceIsRejected() {
    TokenClaims claims =
        claims(UploadTokens.ISSUER, UploadTokens.OPERATION_UPLOAD, "pods", "ns", "pvc");

    assertThat(UploadTokenRules.check(claims, ISSUED)).isInstanceOf(TokenVerdict.Rejected.class);
  }

  @Test
  void aTokenWithoutPvcIsRejected() {
    TokenClaims claims =
        claims(
            UploadTokens.ISSUER,
            UploadTokens.OPERATION_UPLOAD,
            UploadTokens.RESOURCE_PVC,
            "ns",
            "");

    assertThat(UploadTokenRules.check(claims, ISSUED)).isInstanceOf(TokenVerdict.Rejected.class);
  }

  @Test
  void aTokenWithoutExpiryIsRejected() {
    TokenClaims claims =
        new TokenClaims(
            UploadTokens.ISSUER,
            null,
            null,
            UploadTokens.OPERATION_UPLOAD,
            "pvc",
            "ns",
            UploadTokens.RESOURCE_PVC);

    assertThat(UploadTokenRules.check(claims, ISSUED))
        .isEqualTo(new TokenVerdict.Rejected("token expired"));
  }
}
