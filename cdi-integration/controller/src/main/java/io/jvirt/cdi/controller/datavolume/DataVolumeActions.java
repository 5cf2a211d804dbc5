package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.controller.decide.CdiEvent;
import java.util.Map;

/** The writes a DataVolume decision asks for; the API server in production, a fake in tests. */
public interface DataVolumeActions {
  /** Creates {@code claim}; a failure's message, or null when created (or already there). */
  String createClaim(PersistentVolumeClaim claim);

  /**
   * Adds {@code owner} (when not null), {@code annotations} and {@code labels} to {@code claim}.
   */
  void updateClaim(
      PersistentVolumeClaim claim,
      OwnerReference owner,
      Map<String, String> annotations,
      Map<String, String> labels);

  /** The claim {@code name} in {@code namespace} as the API server has it now, or null. */
  PersistentVolumeClaim readClaim(String namespace, String name);

  /** Creates a worker pod (an existing one of that name is left). */
  void createPod(Pod pod);

  /** Deletes the pod {@code name} in {@code namespace}, if there. */
  void deletePod(String namespace, String name);

  /** Creates the upload pod's Service (an existing one of that name is left). */
  void createService(Service service);

  /** Deletes the Service {@code name} in {@code namespace}, if there. */
  void deleteService(String namespace, String name);

  /** Records {@code event} on the DataVolume or on its claim. */
  void record(DataVolume dataVolume, PersistentVolumeClaim claim, CdiEvent event);
}
