package io.jvirt.controller.config.model;

/** Rewrites the registry and tag of a container image reference, as the KubeVirt CR asks. */
final class ImageReference {
  private ImageReference() {}

  /**
   * {@code image} with everything before its last path segment replaced by {@code registry}, and
   * its tag or digest replaced by {@code tag}; null or blank arguments leave that part alone.
   */
  static String override(String image, String registry, String tag) {
    boolean newRegistry = registry != null && !registry.isBlank();
    boolean newTag = tag != null && !tag.isBlank();
    if (!newRegistry && !newTag) {
      return image;
    }
    int at = image.indexOf('@');
    String base = at < 0 ? image : image.substring(0, at);
    String suffix = at < 0 ? "" : image.substring(at);
    int slash = base.lastIndexOf('/');
    int colon = base.lastIndexOf(':');
    if (colon > slash) {
      suffix = base.substring(colon) + suffix;
      base = base.substring(0, colon);
    }
    String prefix = slash < 0 ? "" : base.substring(0, slash + 1);
    String name = base.substring(slash + 1);
    if (newRegistry) {
      prefix = registry.endsWith("/") ? registry : registry + "/";
    }
    if (newTag) {
      // A digest given as imageTag ("sha256:...") must be joined with '@', not ':'.
      suffix = tag.startsWith("sha256:") ? "@" + tag : ":" + tag;
    }
    return prefix + name + suffix;
  }
}
