package io.jvirt.controller.vm;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.controller.vm.decide.VolumeNames;
import io.jvirt.daemon.events.EventRecorder;
import java.net.HttpURLConnection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link VmVolumes} read from and written to the API server. Only VMs that name DataVolumes or
 * claims cost a request; containerDisk-only VMs cost none.
 */
public final class ApiVmVolumes implements VmVolumes {
  private final KubernetesClient client;
  private final EventRecorder events;

  /** Volumes through {@code client}, DataVolume creations recorded as events on the VM. */
  public ApiVmVolumes(KubernetesClient client, EventRecorder events) {
    this.client = client;
    this.events = events;
  }

  @Override
  public Map<String, DataVolume> dataVolumes(VirtualMachine vm) {
    Map<String, DataVolume> found = new LinkedHashMap<>();
    for (String name : VolumeNames.dataVolumes(vm)) {
      DataVolume dv =
          client
              .resources(DataVolume.class)
              .inNamespace(vm.getMetadata().getNamespace())
              .withName(name)
              .get();
      if (dv != null) {
        found.put(name, dv);
      }
    }
    return found;
  }

  @Override
  public Map<String, String> pvcPhases(VirtualMachine vm) {
    Map<String, String> phases = new LinkedHashMap<>();
    for (String name : VolumeNames.claims(vm)) {
      PersistentVolumeClaim pvc =
          client
              .persistentVolumeClaims()
              .inNamespace(vm.getMetadata().getNamespace())
              .withName(name)
              .get();
      if (pvc != null && pvc.getStatus() != null) {
        phases.put(name, pvc.getStatus().getPhase());
      }
    }
    return phases;
  }

  @Override
  public void create(VirtualMachine vm, DataVolume dataVolume) {
    String name = dataVolume.getMetadata().getName();
    try {
      client.resource(dataVolume).create();
      events.normal(vm, "SuccessfulDataVolumeCreate", "Created DataVolume " + name);
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        return; // created meanwhile (or by an earlier pass): the next observation shows it
      }
      events.warning(
          vm,
          "FailedDataVolumeCreate",
          "Error creating DataVolume " + name + ": " + e.getMessage());
      throw new VmSyncException("FailedDataVolumeCreate", e.getMessage(), e);
    }
  }
}
