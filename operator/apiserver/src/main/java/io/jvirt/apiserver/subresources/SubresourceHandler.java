package io.jvirt.apiserver.subresources;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.subresources.PauseOptions;
import io.jvirt.api.v1.subresources.RestartOptions;
import io.jvirt.api.v1.subresources.StartOptions;
import io.jvirt.api.v1.subresources.StopOptions;
import io.jvirt.apiserver.auth.Authorizer;
import io.jvirt.apiserver.auth.RequestHeaderAuthenticator;
import io.jvirt.apiserver.auth.UserInfo;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.subresources.decide.LifecyclePlan;
import io.jvirt.apiserver.subresources.decide.VmLifecycle;
import io.jvirt.apiserver.subresources.decide.VmiLifecycle;
import io.jvirt.contract.HandlerApi;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Serves {@code subresources.kubevirt.io}: authenticates the front proxy, authorizes the user with
 * RBAC, reads the VM/VMI, lets the pure lifecycle deciders choose, and carries the plan out.
 */
public final class SubresourceHandler {
  private final KubernetesClient client;
  private final RequestHeaderAuthenticator authenticator;
  private final Authorizer authorizer;
  private final PlanExecutor executor;
  private final HandlerProxy handlers;
  private final String version;

  /** A handler acting through {@code client}; {@code version} is what {@code /version} reports. */
  public SubresourceHandler(
      KubernetesClient client,
      RequestHeaderAuthenticator authenticator,
      HandlerProxy handlers,
      String version) {
    this.client = client;
    this.authenticator = authenticator;
    this.authorizer = new Authorizer(client);
    this.executor = new PlanExecutor(client, handlers);
    this.handlers = handlers;
    this.version = version;
  }

  /** Answers one request under {@link SubresourcePath#PREFIX}. */
  public void handle(Request request, Response response) throws IOException {
    String path = Exchanges.path(request).replaceAll("/+$", "");
    String rest = path.substring(SubresourcePath.PREFIX.length());
    if (rest.equals("v1") || rest.equals("v1alpha3")) {
      Exchanges.json(response, 200, Discovery.resources(rest));
      return;
    }
    if (rest.endsWith("/version") && rest.indexOf('/') == rest.lastIndexOf('/')) {
      Exchanges.json(response, 200, VersionInfo.of(version));
      return;
    }
    if (rest.endsWith("/healthz") && rest.indexOf('/') == rest.lastIndexOf('/')) {
      Exchanges.json(response, 200, "OK");
      return;
    }
    if (path.endsWith("/" + HandlerApi.SCREENSHOT) && "GET".equals(request.getMethod())) {
      screenshot(request, response, path);
      return;
    }
    Optional<SubresourcePath> parsed = SubresourcePath.parse(path);
    if (parsed.isEmpty()) {
      Exchanges.error(
          response, 404, "NotFound", "the server could not find the requested resource");
      return;
    }
    Optional<UserInfo> user = authenticator.authenticate(request);
    if (user.isEmpty()) {
      Exchanges.error(response, 401, "Unauthorized", "Unauthorized");
      return;
    }
    SubresourcePath target = parsed.get();
    // upstream serves subresources on GET (reads, streams) and PUT (actions) only
    if (!"GET".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
      Exchanges.error(
          response,
          405,
          "MethodNotAllowed",
          "the server does not allow this method on the requested resource");
      return;
    }
    String verb = "GET".equals(request.getMethod()) ? "get" : "update";
    Optional<LifecyclePlan.Reject> forbidden = forbidden(user.get(), verb, target);
    if (forbidden.isPresent()) {
      LifecyclePlan.Reject r = forbidden.get();
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    try {
      dispatch(request, response, target);
    } catch (Exchanges.BodyTooLarge e) {
      e.answer(response);
    } catch (IllegalArgumentException e) {
      Exchanges.error(
          response,
          400,
          "BadRequest",
          "Can not unmarshal Request body to struct, error: " + e.getMessage());
    } catch (KubernetesClientException e) {
      Exchanges.error(response, 500, "InternalError", e.getMessage());
    }
  }

  private void dispatch(Request request, Response response, SubresourcePath target)
      throws IOException {
    String body = Exchanges.body(request);
    String ns = target.namespace();
    String name = target.name();
    VirtualMachineInstance vmi =
        client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get();
    if ("virtualmachines".equals(target.resource())) {
      VirtualMachine vm =
          client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get();
      if (vm == null) {
        notFound(response, "virtualmachine", name);
        return;
      }
      LifecyclePlan plan;
      List<String> dryRun;
      switch (target.subresource()) {
        case "start" -> {
          StartOptions options = read(body, StartOptions.class);
          plan = VmLifecycle.start(vm, vmi, options);
          dryRun = options == null ? null : options.getDryRun();
        }
        case "stop" -> {
          StopOptions options = read(body, StopOptions.class);
          plan = VmLifecycle.stop(vm, vmi, options);
          dryRun = options == null ? null : options.getDryRun();
        }
        case "restart" -> {
          RestartOptions options = read(body, RestartOptions.class);
          plan = VmLifecycle.restart(vm, vmi, options);
          dryRun = options == null ? null : options.getDryRun();
        }
        default -> {
          unsupported(response, target);
          return;
        }
      }
      executor.execute(response, plan, vm, vmi, body, dryRun);
      return;
    }
    if (!"virtualmachineinstances".equals(target.resource())) {
      unsupported(response, target);
      return;
    }
    if (vmi == null) {
      notFound(response, "virtualmachineinstance", name);
      return;
    }
    if (HandlerApi.GUEST_AGENT.contains(target.subresource())) {
      guestAgent(request, response, vmi, target.subresource());
      return;
    }
    PauseOptions options = read(body, PauseOptions.class);
    LifecyclePlan plan =
        switch (target.subresource()) {
          case "pause" -> VmiLifecycle.pause(vmi);
          case "unpause" ->
              VmiLifecycle.unpause(
                  vmi, client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get());
          case "softreboot" -> VmiLifecycle.softReboot(vmi);
          case "console" -> VmiLifecycle.console(vmi);
          default -> null;
        };
    if (plan == null) {
      unsupported(response, target);
      return;
    }
    executor.execute(response, plan, null, vmi, body, options == null ? null : options.getDryRun());
  }

  /**
   * {@code GET .../virtualmachineinstances/{name}/guestosinfo|userlist|filesystemlist}: upstream's
   * checks (running, agent connected), then the JSON the node's virt-handler has from the launcher.
   */
  private void guestAgent(
      Request request, Response response, VirtualMachineInstance vmi, String query)
      throws IOException {
    if (!"GET".equals(request.getMethod())) {
      Exchanges.error(
          response,
          405,
          "MethodNotAllowed",
          query + " is read with GET, not " + request.getMethod());
      return;
    }
    if (VmiLifecycle.guestAgentQuery(vmi) instanceof LifecyclePlan.Reject r) {
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    HandlerProxy.Fetched fetched = handlers.fetch(vmi, query);
    if (fetched.refused() != null) {
      LifecyclePlan.Reject r = fetched.refused();
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    Exchanges.send(response, 200, "application/json", fetched.body());
  }

  /**
   * Whether {@code user} may open the WebSocket stream at {@code path} (a VMI's console or VNC, a
   * VMI's or VM's port-forward): the same authentication, RBAC check and refusals as every
   * subresource, then upstream's checks of that stream.
   */
  public StreamOpening admitStream(Optional<UserInfo> user, String path) {
    Optional<StreamTarget> parsed = StreamTarget.parse(path);
    if (parsed.isEmpty()) {
      return StreamOpening.refused(
          404, "NotFound", "the server could not find the requested resource");
    }
    if (user.isEmpty()) {
      return StreamOpening.refused(401, "Unauthorized", "Unauthorized");
    }
    SubresourcePath target = parsed.get().path();
    try {
      Optional<LifecyclePlan.Reject> forbidden = forbidden(user.get(), "get", target);
      if (forbidden.isPresent()) {
        return new StreamOpening.Refused(forbidden.get());
      }
      String ns = target.namespace();
      String name = target.name();
      if ("virtualmachines".equals(target.resource())
          && client.resources(VirtualMachine.class).inNamespace(ns).withName(name).get() == null) {
        return StreamOpening.refused(
            404, "NotFound", "virtualmachine.kubevirt.io \"" + name + "\" not found");
      }
      VirtualMachineInstance vmi =
          client.resources(VirtualMachineInstance.class).inNamespace(ns).withName(name).get();
      if (vmi == null && "virtualmachines".equals(target.resource())) {
        // upstream's words for a VM that has no VMI (status.created false)
        return StreamOpening.refused(
            409,
            "Conflict",
            "Operation cannot be fulfilled on virtualmachine.kubevirt.io \""
                + name
                + "\": VMI is not started");
      }
      if (vmi == null) {
        return StreamOpening.refused(
            404, "NotFound", "virtualmachineinstance.kubevirt.io \"" + name + "\" not found");
      }
      LifecyclePlan plan =
          switch (target.subresource()) {
            case "console" -> VmiLifecycle.console(vmi);
            case "vnc" -> VmiLifecycle.vnc(vmi);
            default -> VmiLifecycle.portForward(vmi);
          };
      if (plan instanceof LifecyclePlan.Reject reject) {
        return new StreamOpening.Refused(reject);
      }
      return new StreamOpening.Admitted(vmi);
    } catch (KubernetesClientException e) {
      return StreamOpening.refused(500, "InternalError", e.getMessage());
    }
  }

  /**
   * {@code GET .../virtualmachineinstances/{name}/vnc/screenshot}: the VNC checks, then the PNG the
   * node's virt-handler gets from libvirt.
   */
  private void screenshot(Request request, Response response, String path) throws IOException {
    Optional<SubresourcePath> vnc =
        SubresourcePath.parse(path.substring(0, path.length() - "/screenshot".length()))
            .filter(p -> "virtualmachineinstances".equals(p.resource()));
    if (vnc.isEmpty()) {
      Exchanges.error(
          response, 404, "NotFound", "the server could not find the requested resource");
      return;
    }
    Optional<UserInfo> user = authenticator.authenticate(request);
    if (user.isEmpty()) {
      Exchanges.error(response, 401, "Unauthorized", "Unauthorized");
      return;
    }
    SubresourcePath target =
        new SubresourcePath(
            vnc.get().version(),
            vnc.get().namespace(),
            vnc.get().resource(),
            vnc.get().name(),
            HandlerApi.SCREENSHOT);
    Optional<LifecyclePlan.Reject> refused = forbidden(user.get(), "get", target);
    VirtualMachineInstance vmi =
        refused.isPresent()
            ? null
            : client
                .resources(VirtualMachineInstance.class)
                .inNamespace(target.namespace())
                .withName(target.name())
                .get();
    if (refused.isEmpty() && vmi == null) {
      notFound(response, "virtualmachineinstance", target.name());
      return;
    }
    if (refused.isEmpty() && VmiLifecycle.vnc(vmi) instanceof LifecyclePlan.Reject reject) {
      refused = Optional.of(reject);
    }
    HandlerProxy.Fetched fetched =
        refused.isPresent() ? null : handlers.fetch(vmi, HandlerApi.SCREENSHOT);
    if (fetched != null && fetched.refused() != null) {
      refused = Optional.of(fetched.refused());
    }
    if (refused.isPresent()) {
      LifecyclePlan.Reject r = refused.get();
      Exchanges.error(response, r.code(), r.reason(), r.message());
      return;
    }
    Exchanges.send(response, 200, "image/png", fetched.body());
  }

  /** The 403 to answer when RBAC does not let {@code user} {@code verb} the subresource. */
  private Optional<LifecyclePlan.Reject> forbidden(
      UserInfo user, String verb, SubresourcePath target) {
    var decision =
        authorizer.review(
            user, verb, target.namespace(), target.resource(), target.subresource(), target.name());
    if (decision.allowed()) {
      return Optional.empty();
    }
    return Optional.of(
        new LifecyclePlan.Reject(
            403,
            "Forbidden",
            target.resource()
                + "."
                + Authorizer.GROUP
                + " \""
                + target.name()
                + "\" is forbidden: "
                + "User \""
                + user.name()
                + "\" cannot "
                + verb
                + " resource \""
                + target.resource()
                + "/"
                + target.subresource()
                + "\" in API group \""
                + Authorizer.GROUP
                + "\" in the namespace \""
                + target.namespace()
                + "\""));
  }

  private static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return Exchanges.JSON.unmarshal(body, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static void notFound(Response response, String resource, String name) throws IOException {
    Exchanges.error(
        response, 404, "NotFound", resource + ".kubevirt.io \"" + name + "\" not found");
  }

  private static void unsupported(Response response, SubresourcePath target) throws IOException {
    Exchanges.error(
        response,
        404,
        "NotFound",
        "the server could not find the requested resource ("
            + target.resource()
            + "/"
            + target.subresource()
            + " is not served by jvirt)");
  }
}
