package io.jvirt.installer.write.gitops;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.installer.render.DeployUnit;
import java.util.List;

/**
 * A deploy unit as the GitOps payload lays it out: its position in apply order (0-based) and the
 * folder ({@code units/01-kubevirt-operator}) both Argo CD and Flux read it from.
 */
public record PayloadUnit(int index, DeployUnit unit) {
  /** Folder under the rendering's root holding every unit's folder. */
  public static final String ROOT = "units";

  /** File in each unit's folder. */
  public static final String FILE = "manifests.yaml";

  /** The unit's name, e.g. {@code kubevirt-cr}. */
  public String name() {
    return unit.name();
  }

  /** The unit's objects, as the model made them. */
  public List<HasMetadata> objects() {
    return unit.objects();
  }

  /** The unit's folder relative to the rendering's root, numbered in apply order. */
  public String folder() {
    return "%s/%02d-%s".formatted(ROOT, index + 1, unit.name());
  }

  /** The unit's manifest file relative to the rendering's root. */
  public String file() {
    return folder() + "/" + FILE;
  }
}
