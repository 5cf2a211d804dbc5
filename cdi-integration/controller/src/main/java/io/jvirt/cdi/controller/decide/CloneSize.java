package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import java.util.Map;
import java.util.TreeMap;

/** A clone that gives no size gets its source PVC's requested size, as upstream's clones do. */
final class CloneSize {
  private static final String STORAGE = "storage";

  private CloneSize() {}

  /** {@code dv} clones {@code source.pvc} and gives no size: the source PVC must be seen first. */
  static boolean sourceNeeded(DataVolume dv) {
    DataVolumeSpec spec = dv.getSpec();
    if (spec == null || spec.getSource() == null || spec.getSource().getPvc() == null) {
      return false;
    }
    if (spec.getPvc() == null && spec.getStorage() == null) {
      return false; // not renderable at all: the validator says why
    }
    VolumeResourceRequirements resources =
        spec.getPvc() != null ? spec.getPvc().getResources() : spec.getStorage().getResources();
    return size(resources) == null;
  }

  /**
   * Sets the request of {@code spec} to the source's when it has none. The source's request is
   * taken as is, not inflated for filesystem overhead again: when CDI rendered the source it was
   * inflated once already, and its image fits in it.
   */
  static void fill(PersistentVolumeClaimSpec spec, PersistentVolumeClaim source) {
    if (size(spec.getResources()) != null || source == null || source.getSpec() == null) {
      return;
    }
    Quantity sourceSize = size(source.getSpec().getResources());
    if (sourceSize == null) {
      return;
    }
    if (spec.getResources() == null) {
      spec.setResources(new VolumeResourceRequirements());
    }
    Map<String, Quantity> requests =
        spec.getResources().getRequests() == null
            ? new TreeMap<>()
            : new TreeMap<>(spec.getResources().getRequests());
    requests.put(STORAGE, new Quantity(sourceSize.toString()));
    spec.getResources().setRequests(requests);
  }

  private static Quantity size(VolumeResourceRequirements resources) {
    return resources == null || resources.getRequests() == null
        ? null
        : resources.getRequests().get(STORAGE);
  }
}
