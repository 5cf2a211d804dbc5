package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.EnumSet;
import java.util.Set;

/** The phase of a DataVolume whose PVC exists (section 3.2 steps 2 and 3). */
final class PhaseRules {
  static final String POD_PENDING = "Pending";
  static final String POD_RUNNING = "Running";
  static final String POD_SUCCEEDED = "Succeeded";
  static final String POD_FAILED = "Failed";

  /** Phases a bound PVC moves on from. */
  private static final Set<DataVolumePhase> BEFORE_BINDING =
      EnumSet.of(
          DataVolumePhase.PENDING,
          DataVolumePhase.WAIT_FOR_FIRST_CONSUMER,
          DataVolumePhase.PENDING_POPULATION,
          DataVolumePhase.UNKNOWN);

  private PhaseRules() {}

  static void apply(DataVolumeObservation observation, DataVolumeStatus status) {
    PersistentVolumeClaim claim = observation.claim();
    DataVolume dv = observation.dataVolume();
    String claimPhase = Claims.phase(claim);
    if (Claims.LOST.equals(claimPhase)) {
      status.setPhase(DataVolumePhase.FAILED);
      return;
    }
    if (!Claims.PENDING.equals(claimPhase) && !Claims.BOUND.equals(claimPhase)) {
      status.setPhase(DataVolumePhase.UNKNOWN);
      return;
    }
    if (populatedFor(claim, dv)) {
      status.setPhase(DataVolumePhase.SUCCEEDED);
      return;
    }
    if (POD_SUCCEEDED.equals(Claims.annotation(claim, CdiAnnotations.POD_PHASE))) {
      workStep(observation, status);
      return;
    }
    if (Claims.PENDING.equals(claimPhase)) {
      pending(observation, status);
      return;
    }
    if (status.getPhase() == null || BEFORE_BINDING.contains(status.getPhase())) {
      status.setPhase(DataVolumePhase.PVC_BOUND);
    }
    workStep(observation, status);
  }

  /** The PVC already holds this DataVolume's data (adopted, or populated elsewhere). */
  static boolean populatedFor(PersistentVolumeClaim claim, DataVolume dv) {
    return dv.getMetadata()
        .getName()
        .equals(Claims.annotation(claim, CdiAnnotations.POPULATED_FOR));
  }

  private static void pending(DataVolumeObservation observation, DataVolumeStatus status) {
    boolean wffc = observation.waitForFirstConsumer() && !observation.immediateBinding();
    if (observation.populatorPath()) {
      boolean nodeSelected =
          Claims.annotation(observation.claim(), CdiAnnotations.SELECTED_NODE) != null;
      if (wffc && !nodeSelected) {
        status.setPhase(DataVolumePhase.PENDING_POPULATION);
      } else {
        workStep(observation, status);
      }
      return;
    }
    status.setPhase(
        wffc && observation.settings().honorWaitForFirstConsumer()
            ? DataVolumePhase.WAIT_FOR_FIRST_CONSUMER
            : DataVolumePhase.PENDING);
  }

  private static void workStep(DataVolumeObservation observation, DataVolumeStatus status) {
    PersistentVolumeClaim claim = observation.claim();
    String podPhase = Claims.annotation(claim, CdiAnnotations.POD_PHASE);
    switch (DataVolumeKind.of(observation.dataVolume())) {
      case IMPORT -> importStep(observation, status, podPhase);
      case UPLOAD -> uploadStep(claim, status, podPhase);
      case CLONE -> cloneStep(observation, status, podPhase);
      case EXTERNAL -> {
        if (POD_SUCCEEDED.equals(podPhase) || Claims.bound(claim)) {
          status.setPhase(DataVolumePhase.SUCCEEDED);
        }
      }
    }
  }

  private static void importStep(
      DataVolumeObservation observation, DataVolumeStatus status, String podPhase) {
    PersistentVolumeClaim claim = observation.claim();
    boolean reachable =
        Claims.bound(claim) || observation.populatorPath() || POD_SUCCEEDED.equals(podPhase);
    if (Claims.annotation(claim, CdiAnnotations.IMPORT_POD_NAME) == null || !reachable) {
      return;
    }
    if (podPhase == null || POD_PENDING.equals(podPhase)) {
      status.setPhase(DataVolumePhase.IMPORT_SCHEDULED);
    } else if (POD_RUNNING.equals(podPhase)) {
      status.setPhase(DataVolumePhase.IMPORT_IN_PROGRESS);
    } else if (POD_FAILED.equals(podPhase)) {
      if ("true".equals(Claims.annotation(claim, CdiAnnotations.FATAL_ERROR))) {
        status.setPhase(DataVolumePhase.FAILED);
      }
    } else if (POD_SUCCEEDED.equals(podPhase)) {
      if (multiStageContinues(observation.dataVolume(), claim)) {
        status.setPhase(DataVolumePhase.PAUSED);
      } else {
        status.setPhase(DataVolumePhase.SUCCEEDED);
        status.setProgress(DataVolumePhases.PROGRESS_DONE);
      }
    }
  }

  private static boolean multiStageContinues(DataVolume dv, PersistentVolumeClaim claim) {
    boolean multiStage =
        dv.getSpec().getCheckpoints() != null && !dv.getSpec().getCheckpoints().isEmpty();
    return multiStage
        && !"true".equals(Claims.annotation(claim, CdiAnnotations.MULTI_STAGE_IMPORT_DONE));
  }

  /** Host-assisted clone: scheduled until the source pod runs, in progress while it sends. */
  private static void cloneStep(
      DataVolumeObservation observation, DataVolumeStatus status, String podPhase) {
    if (POD_SUCCEEDED.equals(podPhase)) {
      status.setPhase(DataVolumePhase.SUCCEEDED);
      status.setProgress(DataVolumePhases.PROGRESS_DONE);
      return;
    }
    if (!Claims.annotations(observation.claim()).containsKey(CdiAnnotations.CLONE_REQUEST)
        || podPhase == null) {
      return;
    }
    io.fabric8.kubernetes.api.model.Pod source = observation.cloneSourcePod();
    boolean sending =
        source != null
            && source.getStatus() != null
            && (POD_RUNNING.equals(source.getStatus().getPhase())
                || POD_SUCCEEDED.equals(source.getStatus().getPhase()));
    status.setPhase(sending ? DataVolumePhase.CLONE_IN_PROGRESS : DataVolumePhase.CLONE_SCHEDULED);
  }

  private static void uploadStep(
      PersistentVolumeClaim claim, DataVolumeStatus status, String podPhase) {
    if (POD_PENDING.equals(podPhase)) {
      status.setPhase(DataVolumePhase.UPLOAD_SCHEDULED);
    } else if (POD_RUNNING.equals(podPhase)) {
      boolean ready = "true".equals(Claims.annotation(claim, CdiAnnotations.POD_READY));
      status.setPhase(ready ? DataVolumePhase.UPLOAD_READY : DataVolumePhase.UPLOAD_SCHEDULED);
    } else if (POD_SUCCEEDED.equals(podPhase)) {
      status.setPhase(DataVolumePhase.SUCCEEDED);
      status.setProgress(DataVolumePhases.PROGRESS_DONE);
    }
  }
}
