package io.jvirt.cdi.uploadtoken.decide;

/** What a token allows: an upload into one PVC, or nothing and why. */
public sealed interface TokenVerdict {

  /** The token allows uploading into PVC {@code namespace/name}. */
  record Accepted(String namespace, String name) implements TokenVerdict {}

  /** The token allows nothing, for {@code reason}. */
  record Rejected(String reason) implements TokenVerdict {}
}
