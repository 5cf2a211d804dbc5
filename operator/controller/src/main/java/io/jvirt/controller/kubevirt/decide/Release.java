package io.jvirt.controller.kubevirt.decide;

/**
 * The version and registry this installation runs (read from the launcher image reference, which
 * the installer sets from the same registry and tag as every other image).
 */
public record Release(String version, String registry) {

  /** {@code registry/name:tag} → (tag, registry); a reference without a tag is "latest". */
  public static Release fromImage(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    String registry = slash < 0 ? "" : image.substring(0, slash);
    String tag = colon > slash ? image.substring(colon + 1) : "latest";
    return new Release(tag, registry);
  }
}
