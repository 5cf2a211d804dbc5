package io.jvirt.cdi.apiserver;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.apiserver.auth.Authorizer;
import io.jvirt.apiserver.auth.RequestHeaderAuthenticator;
import io.jvirt.apiserver.auth.RequestHeaderConfig;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.apiserver.registration.DevService;
import io.jvirt.apiserver.tls.ServingCertificates;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.apiserver.render.UploadApiService;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.cdi.server.ServerOptions;
import io.jvirt.cdi.uploadtoken.SecretSigningKeyStore;
import io.jvirt.cdi.uploadtoken.SigningKeys;
import io.jvirt.cdi.uploadtoken.UploadTokenSigner;
import io.jvirt.daemon.tls.RotatingKeyManager;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * cdi-apiserver wired together: its serving certificate (kept current, its CA published in the
 * APIService), the token signing key, and the HTTPS server of {@code upload.cdi.kubevirt.io}.
 */
public final class CdiApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CdiApiServer.class);

  /** The Secret holding cdi-apiserver's CA and serving certificate (upstream's name). */
  public static final String CERT_SECRET = "cdi-apiserver-server-cert";

  private final KubernetesClient client;
  private final ServerOptions options;
  private final ServingCertificates certificates;
  private final RotatingKeyManager keys;
  private final VirtApiServer server;
  private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();

  /** Starts cdi-apiserver against {@code client}. */
  public CdiApiServer(KubernetesClient client, ServerOptions options, Clock clock) {
    this.client = client;
    this.options = options;
    String service = CdiComponents.APISERVER_SERVICE + "." + options.namespace();
    certificates =
        new ServingCertificates(
            client,
            options.namespace(),
            CERT_SECRET,
            CdiComponents.APISERVER,
            List.of(service + ".svc", service + ".svc.cluster.local"),
            options.validity(),
            clock);
    ServingCertificates.Issued issued = certificates.ensure(this::publish);
    publish(certificates.currentBundle());
    keys = new RotatingKeyManager(issued.serving());
    KeyPair signing = SigningKeys.ensure(new SecretSigningKeyStore(client, options.namespace()));
    RequestHeaderConfig requestHeader = RequestHeaderConfig.load(client);
    RequestHeaderAuthenticator authenticator = new RequestHeaderAuthenticator(requestHeader);
    Authorizer authorizer =
        new Authorizer(client, UploadTokenRequest.GROUP, UploadTokenRequest.VERSION);
    UploadApiHandler handler =
        new UploadApiHandler(
            authenticator::authenticate,
            (user, namespace) ->
                authorizer.review(user, "create", namespace, UploadTokenRequest.PLURAL, null, null),
            new UploadTokenSigner(signing.getPrivate(), clock));
    server =
        new VirtApiServer(
            options.address(), options.port(), keys, requestHeader.clientCas(), handler);
    if (options.externalAddress() != null) {
      apply(
          DevService.service(CdiComponents.APISERVER_SERVICE, options.namespace(), server.port()));
      apply(
          DevService.endpoints(
              CdiComponents.APISERVER_SERVICE,
              options.namespace(),
              options.externalAddress(),
              server.port()));
    }
    long every = certificates.checkInterval().toMillis();
    renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    LOG.info("cdi-apiserver serves {} on port {}", UploadApiService.NAME, server.port());
  }

  /** The port cdi-apiserver listens on. */
  public int port() {
    return server.port();
  }

  private void renew() {
    try {
      keys.rotate(certificates.ensure(this::publish).serving());
    } catch (RuntimeException e) {
      LOG.warn("certificate renewal failed; retrying at the next check", e);
    }
  }

  /** Points the APIService at cdi-apiserver with {@code caBundle}. */
  private void publish(String caBundle) {
    apply(UploadApiService.of(options.namespace(), caBundle));
  }

  private void apply(HasMetadata object) {
    client
        .resource(object)
        .forceConflicts()
        .fieldManager(CdiComponents.APISERVER)
        .serverSideApply();
  }

  @Override
  public void close() {
    renewals.shutdownNow();
    server.close();
  }
}
