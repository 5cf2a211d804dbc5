package io.jvirt.apiserver.subresources;

import java.util.Optional;

/**
 * A parsed {@code /apis/subresources.kubevirt.io/{version}/namespaces/{ns}/{resource}/{name}/{sub}}
 * path.
 */
public record SubresourcePath(
    String version, String namespace, String resource, String name, String subresource) {
  /** Path prefix of the group. */
  public static final String PREFIX = "/apis/subresources.kubevirt.io/";

  /** The parts of {@code path}, or empty when it is not a namespaced subresource path. */
  public static Optional<SubresourcePath> parse(String path) {
    if (!path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = path.substring(PREFIX.length()).split("/");
    if (parts.length != 6 || !"namespaces".equals(parts[1])) {
      return Optional.empty();
    }
    return Optional.of(new SubresourcePath(parts[0], parts[2], parts[3], parts[4], parts[5]));
  }
}
