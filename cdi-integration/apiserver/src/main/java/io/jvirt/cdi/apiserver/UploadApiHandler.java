package io.jvirt.cdi.apiserver;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Status;
import io.jvirt.apiserver.auth.Authorizer;
import io.jvirt.apiserver.auth.UserInfo;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequestStatus;
import io.jvirt.cdi.apiserver.decide.ApiRoute;
import io.jvirt.cdi.apiserver.decide.ApiRoutes;
import io.jvirt.cdi.apiserver.decide.TokenRequestRules;
import io.jvirt.cdi.apiserver.render.UploadDiscovery;
import io.jvirt.cdi.uploadtoken.UploadTokenSigner;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code upload.cdi.kubevirt.io}: discovery, and UploadTokenRequest creation for users the
 * front proxy vouches for and RBAC allows.
 */
public final class UploadApiHandler implements VirtApiServer.Route {
  private static final Logger LOG = LoggerFactory.getLogger(UploadApiHandler.class);

  /** Who sent a request, as the front proxy vouches; empty when nobody trustworthy did. */
  @FunctionalInterface
  public interface Authentication {
    /** The user of {@code request}. */
    Optional<UserInfo> user(Request request);
  }

  /** Whether a user may create UploadTokenRequests in a namespace. */
  @FunctionalInterface
  public interface Access {
    /** RBAC's answer for {@code user} in {@code namespace}. */
    Authorizer.Decision mayCreate(UserInfo user, String namespace);
  }

  private final Authentication authentication;
  private final Access access;
  private final UploadTokenSigner signer;

  /** A handler authenticating, authorizing and signing with the given parts. */
  public UploadApiHandler(Authentication authentication, Access access, UploadTokenSigner signer) {
    this.authentication = authentication;
    this.access = access;
    this.signer = signer;
  }

  @Override
  public void serve(Request request, Response response) throws IOException {
    String path = Exchanges.path(request);
    try {
      ApiRoute route = ApiRoutes.route(request.getMethod(), path);
      if (route instanceof ApiRoute.Health) {
        Exchanges.json(response, 200, "ok");
      } else if (route instanceof ApiRoute.GroupList) {
        Exchanges.json(response, 200, UploadDiscovery.groups());
      } else if (route instanceof ApiRoute.Group) {
        Exchanges.json(response, 200, UploadDiscovery.group());
      } else if (route instanceof ApiRoute.Resources) {
        Exchanges.json(response, 200, UploadDiscovery.resources());
      } else if (route instanceof ApiRoute.CreateToken create) {
        create(request, response, create.namespace());
      } else if (route instanceof ApiRoute.MethodNotAllowed refused) {
        Exchanges.error(
            response,
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource: " + refused.method());
      } else {
        Exchanges.error(
            response, 404, "NotFound", "the server could not find the requested resource");
      }
    } catch (RuntimeException e) {
      LOG.error("request {} failed", path, e);
      Exchanges.error(response, 500, "InternalError", e.getMessage());
    }
  }

  private void create(Request http, Response response, String namespace) throws IOException {
    Optional<UserInfo> user = authentication.user(http);
    if (user.isEmpty()) {
      Exchanges.error(response, 401, "Unauthorized", "Unauthorized");
      return;
    }
    Authorizer.Decision decision = access.mayCreate(user.get(), namespace);
    if (!decision.allowed()) {
      Exchanges.error(response, 403, "Forbidden", forbidden(user.get(), namespace, decision));
      return;
    }
    UploadTokenRequest request;
    try {
      String body = Exchanges.body(http);
      request = body.isBlank() ? null : Exchanges.JSON.unmarshal(body, UploadTokenRequest.class);
    } catch (IOException | RuntimeException e) {
      Exchanges.error(
          response,
          400,
          "BadRequest",
          "the request body is no UploadTokenRequest: " + e.getMessage());
      return;
    }
    Optional<Status> invalid = TokenRequestRules.validate(request);
    if (invalid.isPresent()) {
      Exchanges.json(response, invalid.get().getCode(), invalid.get());
      return;
    }
    if (request.getMetadata() == null) {
      request.setMetadata(new ObjectMeta());
    }
    request.getMetadata().setNamespace(namespace);
    UploadTokenRequestStatus status = new UploadTokenRequestStatus();
    status.setToken(signer.sign(namespace, request.getSpec().getPvcName()));
    request.setStatus(status);
    LOG.info(
        "issued an upload token for {}/{} to {}",
        namespace,
        request.getSpec().getPvcName(),
        user.get().name());
    Exchanges.json(response, 201, request);
  }

  private static String forbidden(UserInfo user, String namespace, Authorizer.Decision decision) {
    String message =
        UploadTokenRequest.PLURAL
            + "."
            + UploadTokenRequest.GROUP
            + " is forbidden: User \""
            + user.name()
            + "\" cannot create resource \""
            + UploadTokenRequest.PLURAL
            + "\" in API group \""
            + UploadTokenRequest.GROUP
            + "\" in the namespace \""
            + namespace
            + "\"";
    return decision.reason().isEmpty() ? message : message + ": " + decision.reason();
  }
}
