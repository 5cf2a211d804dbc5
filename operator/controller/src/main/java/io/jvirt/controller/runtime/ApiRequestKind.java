package io.jvirt.controller.runtime;

import java.net.URI;

/**
 * The verb (as Kubernetes audit logs name it) and resource of one API request, for metrics: e.g.
 * {@code PUT /apis/kubevirt.io/v1/namespaces/ns/virtualmachines/vm/status} is ({@code update},
 * {@code virtualmachines/status}).
 */
public record ApiRequestKind(String verb, String resource) {

  /** Classifies a request by its HTTP method and path. */
  public static ApiRequestKind of(String method, URI uri) {
    String[] parts = resourcePath(uri.getPath());
    String resource = parts.length == 0 ? "" : parts[0];
    boolean named = parts.length > 1;
    if (parts.length > 2) {
      resource = resource + "/" + parts[2];
    }
    String query = uri.getQuery() == null ? "" : uri.getQuery();
    return new ApiRequestKind(verb(method, named, query.contains("watch=true")), resource);
  }

  private static String verb(String method, boolean named, boolean watch) {
    return switch (method) {
      case "GET" -> watch ? "watch" : named ? "get" : "list";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> named ? "delete" : "deletecollection";
      default -> method.toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The segments after the group/version and the namespace: resource, name, subresource. */
  private static String[] resourcePath(String path) {
    String[] segments = path.replaceAll("^/+", "").split("/");
    int start;
    if (segments.length >= 2 && "api".equals(segments[0])) {
      start = 2;
    } else if (segments.length >= 3 && "apis".equals(segments[0])) {
      start = 3;
    } else {
      return new String[0];
    }
    if (segments.length > start + 2 && "namespaces".equals(segments[start])) {
      start += 2;
    }
    String[] rest = new String[Math.max(0, segments.length - start)];
    System.arraycopy(segments, start, rest, 0, rest.length);
    return rest;
  }
}
