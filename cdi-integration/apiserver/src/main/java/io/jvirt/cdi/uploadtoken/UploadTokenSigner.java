package io.jvirt.cdi.uploadtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jvirt.cdi.contract.UploadTokens;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/** Issues upload tokens: RS256 JWTs naming one PVC, valid for {@link UploadTokens#VALIDITY}. */
public final class UploadTokenSigner {
  private final RSASSASigner signer;
  private final Clock clock;

  /** Signs with {@code key}, reading the time from {@code clock}. */
  public UploadTokenSigner(PrivateKey key, Clock clock) {
    this.signer = new RSASSASigner(key);
    this.clock = clock;
  }

  /** A token allowing an upload into PVC {@code namespace/pvc}. */
  public String sign(String namespace, String pvc) {
    // JWT times are whole seconds; truncate so what we sign is what a verifier reads back
    Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(UploadTokens.ISSUER)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(UploadTokens.VALIDITY)))
            .claim(UploadTokens.CLAIM_OPERATION, UploadTokens.OPERATION_UPLOAD)
            .claim(UploadTokens.CLAIM_NAME, pvc)
            .claim(UploadTokens.CLAIM_NAMESPACE, namespace)
            .claim(UploadTokens.CLAIM_RESOURCE, UploadTokens.RESOURCE_PVC)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the upload token", e);
    }
    return jwt.serialize();
  }
}
