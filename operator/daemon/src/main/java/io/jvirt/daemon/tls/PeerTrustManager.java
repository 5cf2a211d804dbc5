package io.jvirt.daemon.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts one peer identity: a certificate chain leading to one of the CAs {@code trusted} holds at
 * the time of the handshake (re-read every time, so a rotated CA bundle counts at once), whose leaf
 * is {@link PeerIdentity} {@code expected}.
 *
 * <p>It never compares a host name with the certificate, whatever the TLS engine asks for: virt-api
 * reaches each virt-handler by its pod IP, which no certificate can name in advance. That is safe
 * because the checks it makes instead are stronger for this use: the chain must end at jvirt's own
 * CA, whose key only virt-api holds and which signs nothing but jvirt's component certificates, and
 * the leaf must carry the exact common name and key usage of the one role that may answer (a
 * virt-handler's serving certificate, or virt-api's client certificate). A certificate of any other
 * CA, or one the CA gave another role, is refused. What it does not tell apart is one virt-handler
 * from another: all share one certificate, as upstream's do, and the pod IP comes from the API
 * server's view of the node's virt-handler pod, not from the network.
 */
public final class PeerTrustManager extends X509ExtendedTrustManager {
  private final Supplier<List<X509Certificate>> trusted;
  private final PeerIdentity expected;
  private final Clock clock;

  /** Trusts {@code expected} when its chain ends at one of the CAs {@code trusted} holds. */
  public PeerTrustManager(
      Supplier<List<X509Certificate>> trusted, PeerIdentity expected, Clock clock) {
    this.trusted = trusted;
    this.expected = expected;
    this.clock = clock;
  }

  /** Throws, saying why, unless {@code chain} is the expected peer's, issued by a trusted CA. */
  public void verify(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("no certificate presented");
    }
    List<X509Certificate> cas = trusted.get();
    if (cas == null || cas.isEmpty()) {
      throw new CertificateException("no CA to trust yet");
    }
    Set<TrustAnchor> anchors = new HashSet<>();
    for (X509Certificate ca : cas) {
      anchors.add(new TrustAnchor(ca, null));
    }
    // the path ends before the first certificate that is itself a trusted CA
    List<X509Certificate> path = new ArrayList<>();
    for (X509Certificate certificate : chain) {
      if (cas.contains(certificate)) {
        break;
      }
      path.add(certificate);
    }
    if (path.isEmpty()) {
      throw new CertificateException("a CA certificate is no peer certificate");
    }
    try {
      CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(clock.instant()));
      CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
    } catch (GeneralSecurityException e) {
      throw new CertificateException("could not verify peer certificate: " + e.getMessage(), e);
    }
    expected.check(chain[0]);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    verify(chain);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    List<X509Certificate> cas = trusted.get();
    return cas == null ? new X509Certificate[0] : cas.toArray(X509Certificate[]::new);
  }
}
