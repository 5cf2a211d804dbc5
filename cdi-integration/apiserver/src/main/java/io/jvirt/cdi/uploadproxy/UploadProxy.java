package io.jvirt.cdi.uploadproxy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.apiserver.tls.ServingCertificates;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.server.ServerOptions;
import io.jvirt.cdi.uploadtoken.SecretSigningKeyStore;
import io.jvirt.daemon.tls.RotatingKeyManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cdi-uploadproxy wired together: its own serving certificate (kept current, published nowhere:
 * clients reach it through an Ingress, a port-forward or with verification off), the signing key's
 * public half, and the HTTPS server.
 */
public final class UploadProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(UploadProxy.class);

  /** The Secret holding the proxy's CA and serving certificate (upstream's name). */
  public static final String CERT_SECRET = "cdi-uploadproxy-server-cert";

  private final ServingCertificates certificates;
  private final RotatingKeyManager keys;
  private final VirtApiServer server;
  private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();

  /** Starts cdi-uploadproxy against {@code client}. */
  public UploadProxy(KubernetesClient client, ServerOptions options, Clock clock) {
    String service = CdiComponents.UPLOAD_PROXY + "." + options.namespace();
    certificates =
        new ServingCertificates(
            client,
            options.namespace(),
            CERT_SECRET,
            CdiComponents.UPLOAD_PROXY,
            List.of(
                CdiComponents.UPLOAD_PROXY,
                service,
                service + ".svc",
                service + ".svc.cluster.local"),
            options.validity(),
            clock);
    keys = new RotatingKeyManager(certificates.ensure(UploadProxy::noBundle).serving());
    SecretSigningKeyStore signing = new SecretSigningKeyStore(client, options.namespace());
    UploadProxyHandler handler =
        new UploadProxyHandler(
            new TokenKeys(signing::readPublic, clock),
            new ClusterUploadTargets(client),
            new UploadForwarder(),
            clock);
    // no client certificates are asked of uploaders: the token is their credential
    server = new VirtApiServer(options.address(), options.port(), keys, List.of(), handler);
    long every = certificates.checkInterval().toMillis();
    renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    LOG.info("cdi-uploadproxy listens on port {}", server.port());
  }

  /** The port cdi-uploadproxy listens on. */
  public int port() {
    return server.port();
  }

  private void renew() {
    try {
      keys.rotate(certificates.ensure(UploadProxy::noBundle).serving());
    } catch (RuntimeException e) {
      LOG.warn("certificate renewal failed; retrying at the next check", e);
    }
  }

  private static void noBundle(String caBundle) {
    // nothing trusts the proxy by a published bundle
  }

  @Override
  public void close() {
    renewals.shutdownNow();
    server.close();
  }
}
