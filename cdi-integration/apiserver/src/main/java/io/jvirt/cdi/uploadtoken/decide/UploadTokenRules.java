package io.jvirt.cdi.uploadtoken.decide;

import io.jvirt.cdi.contract.UploadTokens;
import java.time.Duration;
import java.time.Instant;

/** Whether the claims of a correctly signed token allow an upload at a given moment. */
public final class UploadTokenRules {
  /** Clock skew tolerated between cdi-apiserver and cdi-uploadproxy (upstream's leeway). */
  public static final Duration LEEWAY = Duration.ofSeconds(10);

  private UploadTokenRules() {}

  /** The verdict on {@code claims} at {@code now}. */
  public static TokenVerdict check(TokenClaims claims, Instant now) {
    if (!UploadTokens.ISSUER.equals(claims.issuer())) {
      return new TokenVerdict.Rejected("token not issued by " + UploadTokens.ISSUER);
    }
    if (claims.expires() == null || !now.isBefore(claims.expires().plus(LEEWAY))) {
      return new TokenVerdict.Rejected("token expired");
    }
    if (claims.notBefore() != null && now.isBefore(claims.notBefore().minus(LEEWAY))) {
      return new TokenVerdict.Rejected("token not valid yet");
    }
    if (!UploadTokens.OPERATION_UPLOAD.equals(claims.operation())) {
      return new TokenVerdict.Rejected("token is not for an upload");
    }
    if (!UploadTokens.RESOURCE_PVC.equals(claims.resource())) {
      return new TokenVerdict.Rejected("token is not for a persistentvolumeclaim");
    }
    if (blank(claims.name()) || blank(claims.namespace())) {
      return new TokenVerdict.Rejected("token names no persistentvolumeclaim");
    }
    return new TokenVerdict.Accepted(claims.namespace(), claims.name());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
