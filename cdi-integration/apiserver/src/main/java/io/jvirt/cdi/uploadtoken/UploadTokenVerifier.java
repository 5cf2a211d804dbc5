package io.jvirt.cdi.uploadtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jvirt.cdi.contract.UploadTokens;
import io.jvirt.cdi.uploadtoken.decide.TokenClaims;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Checks an upload token's RS256 signature and reads its claims; the claims are judged apart. */
public final class UploadTokenVerifier {
  private UploadTokenVerifier() {}

  /** The claims of {@code token} if it is an RS256 JWT signed by {@code key}; empty otherwise. */
  public static Optional<TokenClaims> verify(String token, PublicKey key) {
    if (!(key instanceof RSAPublicKey rsa)) {
      return Optional.empty();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      // only RS256: never let the token pick a weaker algorithm
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(rsa))) {
        return Optional.empty();
      }
      return Optional.of(claims(jwt.getJWTClaimsSet()));
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }

  private static TokenClaims claims(JWTClaimsSet set) throws ParseException {
    return new TokenClaims(
        set.getIssuer(),
        instant(set.getNotBeforeTime()),
        instant(set.getExpirationTime()),
        set.getStringClaim(UploadTokens.CLAIM_OPERATION),
        set.getStringClaim(UploadTokens.CLAIM_NAME),
        set.getStringClaim(UploadTokens.CLAIM_NAMESPACE),
        set.getStringClaim(UploadTokens.CLAIM_RESOURCE));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
