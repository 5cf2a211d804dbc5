package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.installer.model.RafayDelivery;
import java.util.List;

/**
 * One deployable unit of an installation, applied and health-gated as a whole (a Rafay add-on or
 * workload, an Argo CD sync wave, a Flux Kustomization): e.g. {@code kubevirt-operator}, then
 * {@code kubevirt-cr}.
 */
public record DeployUnit(String name, List<HasMetadata> objects, RafayDelivery rafay) {

  /** Immutable copy. */
  public DeployUnit {
    objects = List.copyOf(objects);
  }

  /** A unit Rafay gets as an add-on in the blueprint. */
  public DeployUnit(String name, List<HasMetadata> objects) {
    this(name, objects, RafayDelivery.ADDON);
  }
}
