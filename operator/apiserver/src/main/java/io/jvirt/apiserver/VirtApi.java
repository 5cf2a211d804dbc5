package io.jvirt.apiserver;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstancePreset;
import io.jvirt.apiserver.admission.AdmissionHandler;
import io.jvirt.apiserver.admission.PrivilegedUsers;
import io.jvirt.apiserver.admission.RbacCloneAuthorization;
import io.jvirt.apiserver.admission.Webhooks;
import io.jvirt.apiserver.admission.WorkloadCounts;
import io.jvirt.apiserver.auth.Authorizer;
import io.jvirt.apiserver.auth.RequestHeaderAuthenticator;
import io.jvirt.apiserver.auth.RequestHeaderConfig;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.apiserver.registration.ApiRegistration;
import io.jvirt.apiserver.registration.ClusterRoles;
import io.jvirt.apiserver.registration.DevService;
import io.jvirt.apiserver.subresources.HandlerStreamRoute;
import io.jvirt.apiserver.subresources.NodeHandlerProxy;
import io.jvirt.apiserver.subresources.PortForwardRoute;
import io.jvirt.apiserver.subresources.StreamTarget;
import io.jvirt.apiserver.subresources.SubresourceHandler;
import io.jvirt.apiserver.subresources.SubresourcePath;
import io.jvirt.apiserver.tls.HandlerCertificates;
import io.jvirt.apiserver.tls.ServingCertificates;
import io.jvirt.cdi.api.v1beta1.CdiGroup;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.RotatingKeyManager;
import io.jvirt.daemon.tls.TlsMaterial;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-api wired together: its certificates (kept current, with virt-handler's and its own client
 * certificate for calling handlers), its HTTPS server routing webhooks and {@code
 * subresources.kubevirt.io}, and (optionally) its own registration with the API server.
 */
public final class VirtApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VirtApi.class);

  /** How long a call to a virt-handler may take, connecting included. */
  private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);

  private final KubernetesClient client;
  private final VirtApiOptions options;
  private final ServingCertificates certificates;
  private final RotatingKeyManager keys;
  private final HandlerCertificates handlerCertificates;
  private final AtomicReference<TlsMaterial> handlerClientTls = new AtomicReference<>();
  private final VirtApiServer server;
  private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor();

  /** Starts virt-api against {@code client}. */
  public VirtApi(KubernetesClient client, VirtApiOptions options, Clock clock, String version) {
    this.client = client;
    this.options = options;
    String service = ApiRegistration.SERVICE + "." + options.namespace();
    certificates =
        new ServingCertificates(
            client,
            options.namespace(),
            List.of(service + ".svc", service + ".svc.cluster.local"),
            options.validity(),
            clock);
    ServingCertificates.Issued issued = certificates.ensure(this::publish);
    publish(certificates.currentBundle());
    keys = new RotatingKeyManager(issued.serving());
    handlerCertificates =
        new HandlerCertificates(client, options.namespace(), options.validity(), clock);
    followForHandlers(issued);
    RequestHeaderConfig requestHeader = RequestHeaderConfig.load(client);
    AdmissionHandler admission =
        new AdmissionHandler(
            Webhooks.all(
                new PrivilegedUsers(options.namespace(), options.privilegedUsers()),
                namespace ->
                    client
                        .resources(VirtualMachineInstancePreset.class)
                        .inNamespace(namespace)
                        .list()
                        .getItems(),
                new WorkloadCounts(client),
                new RbacCloneAuthorization(
                    new Authorizer(client, CdiGroup.GROUP, CdiGroup.V1BETA1))));
    RequestHeaderAuthenticator authenticator = new RequestHeaderAuthenticator(requestHeader);
    NodeHandlerProxy handlers =
        new NodeHandlerProxy(
            client,
            options.namespace(),
            new HandlerClient(handlerClientTls::get, HANDLER_TIMEOUT, clock),
            options.handlerPort());
    SubresourceHandler subresources =
        new SubresourceHandler(client, authenticator, handlers, version);
    HandlerStreamRoute.Admission admit =
        request ->
            subresources.admitStream(
                authenticator.authenticate(request), Request.getPathInContext(request));
    PortForwardRoute portForward = new PortForwardRoute(admit);
    server =
        new VirtApiServer(
            options.address(),
            options.port(),
            keys,
            requestHeader.clientCas(),
            (request, response) -> route(request, response, admission, subresources, portForward),
            streams -> {
              // a console may stay silent for hours; it ends when either end closes
              streams.setIdleTimeout(Duration.ZERO);
              for (String stream : List.of(HandlerApi.CONSOLE, HandlerApi.VNC)) {
                streams.addMapping(
                    HandlerStreamRoute.pathSpec(stream),
                    new HandlerStreamRoute(stream, admit, handlers::dial));
              }
              streams.addMapping(PortForwardRoute.PATH_SPEC, portForward);
            });
    if (options.externalAddress() != null) {
      client
          .resource(DevService.service(options.namespace(), server.port()))
          .forceConflicts()
          .fieldManager("virt-api")
          .serverSideApply();
      client
          .resource(
              DevService.endpoints(options.namespace(), options.externalAddress(), server.port()))
          .forceConflicts()
          .fieldManager("virt-api")
          .serverSideApply();
    }
    long every = certificates.checkInterval().toMillis();
    renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** The port virt-api listens on. */
  public int port() {
    return server.port();
  }

  /** The certificate served now. */
  public KeyMaterial serving() {
    return keys.current();
  }

  /** The client certificate virt-api presents to virt-handlers now, with the CAs it trusts. */
  public TlsMaterial handlerClientTls() {
    return handlerClientTls.get();
  }

  private void renew() {
    try {
      ServingCertificates.Issued issued = certificates.ensure(this::publish);
      keys.rotate(issued.serving());
      followForHandlers(issued);
    } catch (RuntimeException e) {
      LOG.warn("certificate renewal failed; retrying at the next check", e);
    }
  }

  /** Keeps virt-handler's Secret and virt-api's client certificate in step with {@code issued}. */
  private void followForHandlers(ServingCertificates.Issued issued) {
    handlerClientTls.set(handlerCertificates.client(issued));
    try {
      handlerCertificates.ensureServer(issued);
    } catch (RuntimeException e) {
      LOG.warn("virt-handler's certificate could not be written; retrying at the next check", e);
    }
  }

  /** Points the webhook configurations and APIServices at virt-api with {@code caBundle}. */
  private void publish(String caBundle) {
    if (!options.register()) {
      return;
    }
    List<HasMetadata> objects =
        new ArrayList<>(new ApiRegistration(options.namespace(), caBundle).objects());
    if (options.externalAddress() != null) {
      // out of cluster nobody installed the users' roles: a developer's virt-api brings them
      objects.addAll(ClusterRoles.all());
    }
    for (HasMetadata object : objects) {
      client.resource(object).forceConflicts().fieldManager("virt-api").serverSideApply();
    }
  }

  private static void route(
      Request request,
      Response response,
      AdmissionHandler admission,
      SubresourceHandler subresources,
      PortForwardRoute portForward)
      throws IOException {
    String path = Exchanges.path(request);
    try {
      if (path.equals("/healthz") || path.equals("/readyz")) {
        Exchanges.json(response, 200, "ok");
      } else if (admission.serves(path)) {
        admission.handle(request, response);
      } else if (StreamTarget.parse(path).filter(t -> t.port() > 0).isPresent()) {
        portForward.answerPlain(request, response);
      } else if (path.startsWith(SubresourcePath.PREFIX)) {
        subresources.handle(request, response);
      } else {
        Exchanges.error(
            response, 404, "NotFound", "the server could not find the requested resource");
      }
    } catch (RuntimeException e) {
      LOG.error("request {} failed", path, e);
      Exchanges.error(response, 500, "InternalError", e.getMessage());
    }
  }

  @Override
  public void close() {
    renewals.shutdownNow();
    server.close();
  }
}
