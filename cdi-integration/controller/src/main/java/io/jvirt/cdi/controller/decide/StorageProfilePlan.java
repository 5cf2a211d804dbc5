package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.StorageProfile;
import java.util.List;
import java.util.Map;

/**
 * What to do about the cluster's StorageProfiles.
 *
 * @param create new profiles, their status set; written after creation (status subresource)
 * @param writeStatus existing profiles with the status they should have
 * @param delete names of profiles whose StorageClass is gone
 * @param problems profile name to why its spec is not applied
 */
public record StorageProfilePlan(
    List<StorageProfile> create,
    List<StorageProfile> writeStatus,
    List<String> delete,
    Map<String, String> problems) {
  public StorageProfilePlan {
    create = List.copyOf(create);
    writeStatus = List.copyOf(writeStatus);
    delete = List.copyOf(delete);
    problems = Map.copyOf(problems);
  }

  /** Whether there is nothing to do. */
  public boolean empty() {
    return create.isEmpty() && writeStatus.isEmpty() && delete.isEmpty();
  }
}
