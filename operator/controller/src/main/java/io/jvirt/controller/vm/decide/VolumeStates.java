package io.jvirt.controller.vm.decide;

import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.contract.KubevirtAnnotations;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What the VM's DataVolumes and PVCs say about starting it and about its printable status. */
final class VolumeStates {
  private static final Set<DataVolumePhase> READY =
      EnumSet.of(
          DataVolumePhase.SUCCEEDED,
          DataVolumePhase.WAIT_FOR_FIRST_CONSUMER,
          DataVolumePhase.PENDING_POPULATION);

  private VolumeStates() {}

  /** True when every dataVolumeTemplate's DataVolume exists and may be used. */
  static boolean templateDataVolumesReady(VmObservation obs) {
    return VolumeNames.templates(obs.vm()).stream()
        .map(obs.dataVolumes()::get)
        .allMatch(dv -> dv != null && READY.contains(phase(dv)));
  }

  /** True when a DataVolume exists in a phase a VMI can use. */
  static boolean usable(DataVolume dv) {
    return dv != null && READY.contains(phase(dv));
  }

  /** False only when the VM defers DataVolume creation (and waiting) until it starts. */
  static boolean immediateDataVolumeCreation(VirtualMachine vm) {
    var annotations = vm.getMetadata().getAnnotations();
    return annotations == null
        || !"false".equals(annotations.get(KubevirtAnnotations.IMMEDIATE_DATA_VOLUME_CREATION));
  }

  /** The quota error of a Pending template DataVolume that cannot bind, or null. */
  static String exceededQuotaError(VmObservation obs) {
    for (String name : VolumeNames.templates(obs.vm())) {
      DataVolume dv = obs.dataVolumes().get(name);
      DataVolumeCondition bound = condition(dv, "Bound");
      if (phase(dv) == DataVolumePhase.PENDING
          && bound != null
          && !"True".equals(bound.getStatus())
          && "ErrExceededQuota".equals(bound.getReason())) {
        return "DataVolume "
            + name
            + " importer is not running due to an error: "
            + bound.getMessage();
      }
    }
    return null;
  }

  /** True when a dataVolume volume's DataVolume failed or its importer stopped on an error. */
  static boolean hasDataVolumeErrors(VmObservation obs) {
    return volumeDataVolumes(obs).stream()
        .anyMatch(
            dv -> {
              DataVolumeCondition running = condition(dv, "Running");
              return phase(dv) == DataVolumePhase.FAILED
                  || (running != null
                      && "False".equals(running.getStatus())
                      && ("Error".equals(running.getReason())
                          || "ImagePullFailed".equals(running.getReason())));
            });
  }

  /** True when a dataVolume volume's DataVolume is still being filled (WFFC unbound is not). */
  static boolean hasDataVolumeProvisioning(VmObservation obs) {
    return volumeDataVolumes(obs).stream()
        .anyMatch(
            dv -> {
              DataVolumePhase phase = phase(dv);
              if (phase == DataVolumePhase.SUCCEEDED
                  || phase == DataVolumePhase.PENDING_POPULATION) {
                return false;
              }
              DataVolumeCondition bound = condition(dv, "Bound");
              boolean isBound = bound != null && "True".equals(bound.getStatus());
              return isBound || phase != DataVolumePhase.WAIT_FOR_FIRST_CONSUMER;
            });
  }

  /** True when a PVC a volume names (directly or as a DataVolume) exists and is not Bound. */
  static boolean hasUnboundPvc(VmObservation obs) {
    return VolumeNames.volumes(obs.vm()).stream()
        .map(VolumeStates::claimName)
        .filter(Objects::nonNull)
        .map(obs.pvcPhases()::get)
        .anyMatch(phase -> phase != null && !"Bound".equals(phase));
  }

  private static String claimName(Volume volume) {
    if (volume.getDataVolume() != null) {
      return volume.getDataVolume().getName();
    }
    return volume.getPersistentVolumeClaim() == null
        ? null
        : volume.getPersistentVolumeClaim().getClaimName();
  }

  private static List<DataVolume> volumeDataVolumes(VmObservation obs) {
    return VolumeNames.volumes(obs.vm()).stream()
        .filter(v -> v.getDataVolume() != null)
        .map(v -> obs.dataVolumes().get(v.getDataVolume().getName()))
        .filter(Objects::nonNull)
        .toList();
  }

  private static DataVolumePhase phase(DataVolume dv) {
    return dv == null || dv.getStatus() == null ? null : dv.getStatus().getPhase();
  }

  private static DataVolumeCondition condition(DataVolume dv, String type) {
    if (dv == null || dv.getStatus() == null || dv.getStatus().getConditions() == null) {
      return null;
    }
    return dv.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .findFirst()
        .orElse(null);
  }
}
