package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.DeveloperConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import java.util.ArrayList;

/** The install namespace and the KubeVirt CR that carries the cluster-wide configuration. */
final class KubeVirtResources {
  private KubeVirtResources() {}

  /** The namespace, labelled so privileged virt-handler pods may run there. */
  static io.fabric8.kubernetes.api.model.Namespace namespace(InstallSettings settings) {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(settings.namespace())
        .addToLabels(Names.COMPONENT_LABEL, "")
        .addToLabels("pod-security.kubernetes.io/enforce", "privileged")
        .addToLabels("app.kubernetes.io/part-of", "jvirt")
        .endMetadata()
        .build();
  }

  /**
   * {@code KubeVirt/kubevirt}: image registry and tag, emulation for clusters without KVM, feature
   * gates, and an uninstall that refuses while VMs exist (deleting the CR must never take VMs).
   */
  static KubeVirt kubeVirt(InstallSettings settings) {
    KubeVirt kubeVirt = new KubeVirt();
    kubeVirt.setMetadata(
        new ObjectMetaBuilder()
            .withName(Names.KUBEVIRT_CR)
            .withNamespace(settings.namespace())
            .withLabels(Names.labels("kubevirt-cr"))
            .build());
    DeveloperConfiguration developer = new DeveloperConfiguration();
    if (settings.emulation()) {
      developer.setUseEmulation(true);
    }
    if (!settings.featureGates().isEmpty()) {
      developer.setFeatureGates(new ArrayList<>(settings.featureGates()));
    }
    KubeVirtSpec spec =
        new KubeVirtSpec()
            .setImageRegistry(settings.registry())
            .setImageTag(settings.tag())
            .setUninstallStrategy("BlockUninstallIfWorkloadsExist")
            .setConfiguration(new KubeVirtConfiguration().setDeveloperConfiguration(developer));
    kubeVirt.setSpec(spec);
    return kubeVirt;
  }
}
