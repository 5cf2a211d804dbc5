package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.Pod;

/** Reads how far a running importer pod has got. */
public interface ImportProgress {
  /** The percentage the importer of {@code pod} reports for {@code ownerUid}, or null. */
  Double percent(Pod pod, String ownerUid);
}
