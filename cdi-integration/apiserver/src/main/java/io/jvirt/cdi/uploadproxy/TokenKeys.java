package io.jvirt.cdi.uploadproxy;

import io.jvirt.cdi.uploadtoken.UploadTokenVerifier;
import io.jvirt.cdi.uploadtoken.decide.TokenClaims;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public key checking upload tokens, re-read when a token fails to verify: cdi-apiserver may
 * have created (or replaced) the signing key since it was last read.
 */
public final class TokenKeys {
  /** Bad tokens must not turn into a stream of API reads: re-read at most this often. */
  private static final Duration REREAD_AFTER = Duration.ofSeconds(5);

  private final Supplier<Optional<PublicKey>> source;
  private final Clock clock;
  private PublicKey current;
  private Instant lastRead = Instant.MIN;

  /** Keys read from {@code source}, throttled by {@code clock}. */
  public TokenKeys(Supplier<Optional<PublicKey>> source, Clock clock) {
    this.source = source;
    this.clock = clock;
  }

  /** The claims of {@code token} if the current signing key signed it; empty otherwise. */
  public synchronized Optional<TokenClaims> verify(String token) {
    Optional<TokenClaims> claims = verifyWithCurrent(token);
    if (claims.isPresent() || !reread()) {
      return claims;
    }
    return verifyWithCurrent(token);
  }

  private Optional<TokenClaims> verifyWithCurrent(String token) {
    return current == null ? Optional.empty() : UploadTokenVerifier.verify(token, current);
  }

  /** Reads the key again unless that was done just now; true when a key was read. */
  private boolean reread() {
    Instant now = clock.instant();
    if (now.isBefore(lastRead.plus(REREAD_AFTER))) {
      return false;
    }
    lastRead = now;
    Optional<PublicKey> read = source.get();
    read.ifPresent(key -> current = key);
    return read.isPresent();
  }
}
