package io.jvirt.installer.write.helm;

import io.jvirt.installer.model.InstallSettings;

/**
 * What a chart user tunes, in values.yaml order, with the sentinel that marks each scalar value in
 * objects rendered from the model: the one table of Helm substitutions.
 */
enum ChartValue {
  NAMESPACE(
      "namespace",
      "@@jvirt.namespace@@",
      "namespace of jvirt's components and of the KubeVirt CR. The kubevirt-operator chart creates"
          + " it, so install that release into another namespace or without --create-namespace."),
  REGISTRY(
      "image.registry",
      "@@jvirt.registry@@",
      "registry and path of jvirt's images (<registry>/<image>:<tag>)."),
  TAG(
      "image.tag",
      "@@jvirt.tag@@",
      "tag of jvirt's images; quote tags that look like numbers (\"1.10\", --set-string)."),
  EMULATION(
      "emulation", null, "run guests in software emulation, for clusters without KVM (slow)."),
  FEATURE_GATES(
      "featureGates", null, "KubeVirt feature gates to enable, e.g. [Snapshot, HotplugVolumes].");

  private final String path;
  private final String sentinel;
  private final String description;

  ChartValue(String path, String sentinel, String description) {
    this.path = path;
    this.sentinel = sentinel;
    this.description = description;
  }

  /** Dotted path in values.yaml ({@code image.tag}). */
  String path() {
    return path;
  }

  /** The Helm reference to this value ({@code .Values.image.tag}). */
  String reference() {
    return ".Values." + path;
  }

  /** The text standing for this value in sentinel-rendered objects, or null for structure. */
  String sentinel() {
    return sentinel;
  }

  /** What the value means, for the values.yaml comment. */
  String description() {
    return description;
  }

  /** The value {@code settings} hold, as written into values.yaml. */
  Object valueIn(InstallSettings settings) {
    return switch (this) {
      case NAMESPACE -> settings.namespace();
      case REGISTRY -> settings.registry();
      case TAG -> settings.tag();
      case EMULATION -> settings.emulation();
      case FEATURE_GATES -> settings.featureGates();
    };
  }
}
