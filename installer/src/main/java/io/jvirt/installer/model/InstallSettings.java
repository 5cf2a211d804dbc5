package io.jvirt.installer.model;

import java.util.List;

/**
 * What a user tunes in an installation: the namespace, where images come from, whether guests run
 * in software emulation (clusters without KVM), and KubeVirt feature gates.
 */
public record InstallSettings(
    String namespace, String registry, String tag, boolean emulation, List<String> featureGates) {

  /** Immutable copy. */
  public InstallSettings {
    featureGates = List.copyOf(featureGates);
  }

  /** The defaults: namespace {@code kubevirt}, images built here, KVM required. */
  public static InstallSettings defaults() {
    return new InstallSettings(
        Names.NAMESPACE, Images.LOCAL_REGISTRY, Images.DEFAULT_TAG, false, List.of());
  }

  /** These settings in another namespace. */
  public InstallSettings inNamespace(String other) {
    return new InstallSettings(other, registry, tag, emulation, featureGates);
  }
}
