package io.jvirt.daemon.tls;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * SSL contexts for the mutual TLS between virt-api and virt-handler: each end presents the
 * certificate its {@link TlsSource} holds and accepts only the expected {@link PeerIdentity} issued
 * by a CA of the same source (see {@link PeerTrustManager} for why no host name is checked).
 */
public final class MutualTls {
  /**
   * How long a TLS session may be resumed without a new certificate check: short, so that a peer
   * whose CA was dropped is checked again soon.
   */
  public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(5);

  private MutualTls() {}

  /** A context presenting {@code source}'s certificate and trusting {@code peer}. */
  public static SSLContext context(TlsSource source, PeerIdentity peer, Clock clock) {
    RotatingKeyManager keys =
        RotatingKeyManager.following(
            () -> {
              TlsMaterial material = source.current();
              return material == null ? null : material.identity();
            });
    PeerTrustManager trust =
        new PeerTrustManager(
            () -> {
              TlsMaterial material = source.current();
              return material == null ? null : material.trusted();
            },
            peer,
            clock);
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {keys}, new TrustManager[] {trust}, null);
      int timeout = (int) SESSION_TIMEOUT.toSeconds();
      context.getClientSessionContext().setSessionTimeout(timeout);
      context.getServerSessionContext().setSessionTimeout(timeout);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up mutual TLS", e);
    }
  }
}
