package io.jvirt.installer.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * One deployable unit of an installation, applied and health-gated as a whole (a Rafay add-on, an
 * Argo CD sync wave, a Flux Kustomization): e.g. {@code kubevirt-operator}, then {@code
 * kubevirt-cr}.
 */
public record DeployUnit(String name, List<HasMetadata> objects) {

  /** Immutable copy. */
  public DeployUnit {
    objects = List.copyOf(objects);
  }
}
