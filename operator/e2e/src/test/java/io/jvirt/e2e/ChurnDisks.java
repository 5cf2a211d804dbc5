package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesResourceUtil;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.volume.DataVolumeVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The churn's DataVolume-backed VMs: each VM's dataVolumeTemplate finds a claim already populated
 * for it (CDI adopts it, so no importer has to run on a kwok node), bound to a volume of its own
 * with no node affinity, so a launcher pod on any node can use it; and the check that no DataVolume
 * or claim is missing, unowned or left without its VM.
 */
final class ChurnDisks {
  private static final String DISK = "data";

  /** Marks the volumes of one test namespace, which outlive it (reclaim policy Retain). */
  private static final String NAMESPACE_LABEL = "jvirt.io/e2e-namespace";

  private ChurnDisks() {}

  /** The DataVolume (and claim) of VM {@code vm}. */
  static String dataVolume(String vm) {
    return vm + "-" + DISK;
  }

  /**
   * Gives {@code vm} a blank DataVolume template and its disk, and creates the volume and the
   * populated claim that DataVolume will adopt; returns the VM to create.
   */
  static VirtualMachine withDataVolume(Jvirt jvirt, String namespace, VirtualMachine vm) {
    String dv = dataVolume(vm.getMetadata().getName());
    KubernetesClient client = jvirt.client();
    client.persistentVolumes().resource(volume(namespace, dv)).create();
    client.persistentVolumeClaims().inNamespace(namespace).resource(claim(namespace, dv)).create();
    vm.getSpec()
        .setDataVolumeTemplates(
            new ArrayList<>(
                List.of(DataVolumes.template(dv, DataVolumes.blank(HostPathClaim.SIZE)))));
    var spec = vm.getSpec().getTemplate().getSpec();
    spec.getDomain().getDevices().getDisks().add(HostPathClaim.disk(DISK));
    spec.getVolumes()
        .add(new Volume().setName(DISK).setDataVolume(new DataVolumeVolumeSource().setName(dv)));
    return vm;
  }

  /**
   * What is wrong with the namespace's DataVolumes and claims: a VM's DataVolume missing, not
   * Succeeded or not owned by its VM; its claim missing, not Bound or not owned by its DataVolume;
   * a DataVolume or claim no VM asks for (leaked). Empty when all is as meant.
   */
  static List<String> strayed(KubernetesClient client, String namespace, List<VirtualMachine> vms) {
    Map<String, DataVolume> dataVolumes = new HashMap<>();
    client
        .resources(DataVolume.class)
        .inNamespace(namespace)
        .list()
        .getItems()
        .forEach(dv -> dataVolumes.put(dv.getMetadata().getName(), dv));
    Map<String, PersistentVolumeClaim> claims = new HashMap<>();
    client
        .persistentVolumeClaims()
        .inNamespace(namespace)
        .list()
        .getItems()
        .forEach(c -> claims.put(c.getMetadata().getName(), c));
    List<String> strayed = new ArrayList<>();
    for (VirtualMachine vm : vms) {
      if (vm.getSpec().getDataVolumeTemplates() == null) {
        continue;
      }
      String name = dataVolume(vm.getMetadata().getName());
      DataVolume dv = dataVolumes.remove(name);
      PersistentVolumeClaim claim = claims.remove(name);
      strayed.addAll(problems(vm, dv, claim));
    }
    dataVolumes.keySet().forEach(name -> strayed.add("DataVolume " + name + " without its VM"));
    claims.keySet().forEach(name -> strayed.add("claim " + name + " without its DataVolume"));
    return strayed;
  }

  /** Whether the namespace holds no DataVolume and no claim. */
  static boolean noneLeft(KubernetesClient client, String namespace) {
    return client.resources(DataVolume.class).inNamespace(namespace).list().getItems().isEmpty()
        && client.persistentVolumeClaims().inNamespace(namespace).list().getItems().isEmpty();
  }

  /** Deletes the namespace's volumes (their claims went with their DataVolumes). */
  static void removeVolumes(Jvirt jvirt, String namespace) {
    jvirt.client().persistentVolumes().withLabel(NAMESPACE_LABEL, namespace).delete();
  }

  private static List<String> problems(
      VirtualMachine vm, DataVolume dv, PersistentVolumeClaim claim) {
    String name = dataVolume(vm.getMetadata().getName());
    List<String> problems = new ArrayList<>();
    if (dv == null) {
      problems.add("DataVolume " + name + " missing");
    } else {
      DataVolumePhase phase = dv.getStatus() == null ? null : dv.getStatus().getPhase();
      if (phase != DataVolumePhase.SUCCEEDED) {
        problems.add("DataVolume " + name + " in phase " + phase);
      }
      if (!vm.getMetadata().getUid().equals(controllerUid(dv))) {
        problems.add("DataVolume " + name + " not controlled by its VM");
      }
    }
    if (claim == null) {
      problems.add("claim " + name + " missing");
    } else {
      String phase = claim.getStatus() == null ? null : claim.getStatus().getPhase();
      if (!"Bound".equals(phase)) {
        problems.add("claim " + name + " in phase " + phase);
      }
      if (dv != null && !dv.getMetadata().getUid().equals(controllerUid(claim))) {
        problems.add("claim " + name + " not controlled by its DataVolume");
      }
    }
    return problems;
  }

  private static String controllerUid(HasMetadata object) {
    var controller = KubernetesResourceUtil.getControllerUid(object);
    return controller == null ? null : controller.getUid();
  }

  private static PersistentVolume volume(String namespace, String dv) {
    // a launcher pod on a kwok node never mounts it: the path only makes the volume valid
    PersistentVolume volume =
        HostPathClaim.volume(
            volumeName(namespace, dv), HostPathClaim.hostPath(namespace) + "/" + dv, namespace, dv);
    volume.getMetadata().setLabels(Map.of(NAMESPACE_LABEL, namespace));
    return volume;
  }

  private static PersistentVolumeClaim claim(String namespace, String dv) {
    PersistentVolumeClaim claim = HostPathClaim.claim(volumeName(namespace, dv), dv);
    claim.getMetadata().setAnnotations(Map.of(CdiAnnotations.POPULATED_FOR, dv));
    return claim;
  }

  private static String volumeName(String namespace, String dv) {
    return namespace + "-" + dv;
  }
}
