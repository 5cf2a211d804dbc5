package io.jvirt.cdi.apiserver.decide;

import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a request's method and path onto what cdi-apiserver serves. */
public final class ApiRoutes {
  /** The group's path. */
  public static final String GROUP_PATH = "/apis/" + UploadTokenRequest.GROUP;

  /** The served version's path. */
  public static final String VERSION_PATH = GROUP_PATH + "/" + UploadTokenRequest.VERSION;

  private static final Pattern CREATE =
      Pattern.compile(
          Pattern.quote(VERSION_PATH)
              + "/namespaces/([a-z0-9][a-z0-9-]*)/"
              + UploadTokenRequest.PLURAL);

  private ApiRoutes() {}

  /** The route of {@code method path}; a trailing slash does not matter. */
  public static ApiRoute route(String method, String path) {
    String trimmed = path.length() > 1 ? path.replaceAll("/+$", "") : path;
    if (trimmed.equals("/healthz") || trimmed.equals("/readyz")) {
      return new ApiRoute.Health();
    }
    Matcher create = CREATE.matcher(trimmed);
    if (create.matches()) {
      return "POST".equals(method)
          ? new ApiRoute.CreateToken(create.group(1))
          : new ApiRoute.MethodNotAllowed(method);
    }
    ApiRoute discovery = discovery(trimmed);
    if (discovery == null) {
      return new ApiRoute.NotFound();
    }
    return "GET".equals(method) ? discovery : new ApiRoute.MethodNotAllowed(method);
  }

  private static ApiRoute discovery(String path) {
    return switch (path) {
      case "/apis" -> new ApiRoute.GroupList();
      case GROUP_PATH -> new ApiRoute.Group();
      case VERSION_PATH -> new ApiRoute.Resources();
      default -> null;
    };
  }
}
