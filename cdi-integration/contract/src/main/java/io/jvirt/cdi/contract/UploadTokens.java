package io.jvirt.cdi.contract;

import java.time.Duration;

/**
 * The upload token as cdi-apiserver issues it and cdi-uploadproxy checks it: where the signing key
 * lives, who issues, how long a token lives, and the claims it carries.
 */
public final class UploadTokens {
  /** Secret in CDI's namespace holding the RSA key pair that signs tokens. */
  public static final String SIGNING_SECRET = "cdi-api-signing-key";

  /** Keys of {@link #SIGNING_SECRET}: PEM private and public key. */
  public static final String PRIVATE_KEY = "id_rsa";

  public static final String PUBLIC_KEY = "id_rsa.pub";

  /** The {@code iss} claim. */
  public static final String ISSUER = "cdi-apiserver";

  /** How long a token is accepted after it is issued (upstream: five minutes). */
  public static final Duration VALIDITY = Duration.ofMinutes(5);

  /** Claim: the operation, always {@link #OPERATION_UPLOAD} here. */
  public static final String CLAIM_OPERATION = "operation";

  public static final String OPERATION_UPLOAD = "Upload";

  /** Claim: the PVC's name. */
  public static final String CLAIM_NAME = "name";

  /** Claim: the PVC's namespace. */
  public static final String CLAIM_NAMESPACE = "namespace";

  /** Claim: the resource, {@code persistentvolumeclaims}. */
  public static final String CLAIM_RESOURCE = "resource";

  public static final String RESOURCE_PVC = "persistentvolumeclaims";

  private UploadTokens() {}
}
