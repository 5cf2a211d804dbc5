package io.jvirt.handler.vmi;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.Volume;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity of each PVC and DataVolume volume of a VMI, read from its claim: the size of the
 * disk.img the launcher creates on a file-system claim that has none.
 */
final class ClaimCapacities {
  private final KubernetesClient client;

  ClaimCapacities(KubernetesClient client) {
    this.client = client;
  }

  Map<String, Long> of(VirtualMachineInstance vmi) {
    Map<String, Long> capacities = new LinkedHashMap<>();
    List<Volume> volumes =
        vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (Volume volume : volumes) {
      String claim = null;
      if (volume.getPersistentVolumeClaim() != null) {
        claim = volume.getPersistentVolumeClaim().getClaimName();
      } else if (volume.getDataVolume() != null) {
        claim = volume.getDataVolume().getName();
      }
      if (claim == null) {
        continue;
      }
      PersistentVolumeClaim pvc =
          client
              .persistentVolumeClaims()
              .inNamespace(vmi.getMetadata().getNamespace())
              .withName(claim)
              .get();
      Quantity size = capacity(pvc);
      if (size != null) {
        capacities.put(volume.getName(), size.getNumericalAmount().longValue());
      }
    }
    return capacities;
  }

  private static Quantity capacity(PersistentVolumeClaim pvc) {
    if (pvc == null) {
      return null;
    }
    if (pvc.getStatus() != null
        && pvc.getStatus().getCapacity() != null
        && pvc.getStatus().getCapacity().get("storage") != null) {
      return pvc.getStatus().getCapacity().get("storage");
    }
    var resources = pvc.getSpec() == null ? null : pvc.getSpec().getResources();
    return resources == null || resources.getRequests() == null
        ? null
        : resources.getRequests().get("storage");
  }
}
