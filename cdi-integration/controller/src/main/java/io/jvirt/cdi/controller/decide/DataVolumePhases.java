package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DataVolume status (section 3): phase, progress, restart count and conditions, derived from
 * the DataVolume, its PVC and the PVC's annotations; plus the events a change brings. Pure.
 */
public final class DataVolumePhases {
  /** Progress before anything is known. */
  public static final String PROGRESS_UNKNOWN = "N/A";

  /** Progress of a finished transfer; note the single decimal. */
  public static final String PROGRESS_DONE = "100.0%";

  private DataVolumePhases() {}

  /** The status with no sync problem to report. */
  public static StatusDecision derive(DataVolumeObservation observation) {
    return derive(observation, null, null);
  }

  /**
   * The status; {@code problemReason} and {@code problemMessage}, when set, describe why this pass
   * could not create the PVC and go into the conditions.
   */
  public static StatusDecision derive(
      DataVolumeObservation observation, String problemReason, String problemMessage) {
    return derive(observation, problemReason, problemMessage, false);
  }

  /**
   * The status with a problem; when {@code waiting}, the problem is something the DataVolume waits
   * for before its PVC can be created (a DataSource, a clone source), and the phase is Pending.
   */
  public static StatusDecision derive(
      DataVolumeObservation observation,
      String problemReason,
      String problemMessage,
      boolean waiting) {
    DataVolume dv = observation.dataVolume();
    DataVolumeStatus old = dv.getStatus() == null ? new DataVolumeStatus() : dv.getStatus();
    DataVolumeStatus status = DeepCopies.of(old, DataVolumeStatus.class);
    List<CdiEvent> events = new ArrayList<>();
    PersistentVolumeClaim claim = observation.claim();
    String reason = problemReason;
    String message = problemMessage;
    if (claim == null) {
      String error = observation.claimCreateError();
      if (error != null && error.contains("exceeded quota:")) {
        status.setPhase(DataVolumePhase.PENDING);
        reason = CdiReasons.ERR_EXCEEDED_QUOTA;
        message = error;
        events.add(CdiEvent.warning(reason, message));
      } else if ((problemReason == null || waiting)
          && (status.getPhase() == null || prePopulated(dv))) {
        status.setPhase(DataVolumePhase.PENDING);
      }
    } else if (!Claims.deleting(claim)) {
      status.setClaimName(claim.getMetadata().getName());
      PhaseRules.apply(observation, status);
      status.setRestartCount(restarts(claim, status.getRestartCount()));
    }
    progress(observation, status);
    ConditionList conditions =
        new ConditionList(status.getConditions(), Timestamps.format(observation.clock().instant()));
    DataVolumeConditions.update(conditions, status.getPhase(), claim, reason, message);
    status.setConditions(conditions.list());
    if (claim != null && status.getPhase() != old.getPhase()) {
      PhaseEvents.forTransition(dv, claim, status.getPhase()).ifPresent(events::add);
    }
    conditionEvents(observation, old.getConditions(), status, events);
    return new StatusDecision(status, !status.equals(old), events);
  }

  private static boolean prePopulated(DataVolume dv) {
    Map<String, String> annotations = dv.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(CdiAnnotations.PRE_POPULATED);
  }

  private static Integer restarts(PersistentVolumeClaim claim, Integer current) {
    String value = Claims.annotation(claim, CdiAnnotations.POD_RESTARTS);
    if (value == null) {
      return current == null ? 0 : current;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return current == null ? 0 : current;
    }
  }

  private static void progress(DataVolumeObservation observation, DataVolumeStatus status) {
    PersistentVolumeClaim claim = observation.claim();
    if (claim == null) {
      return;
    }
    if (status.getProgress() == null || status.getProgress().isEmpty()) {
      status.setProgress(PROGRESS_UNKNOWN);
    }
    DataVolumePhase phase = status.getPhase();
    if (observation.populatorPath()) {
      String published = Claims.annotation(claim, CdiAnnotations.POPULATOR_PROGRESS);
      if (published != null) {
        status.setProgress(published);
      }
    } else if (phase != DataVolumePhase.SUCCEEDED
        && phase != DataVolumePhase.FAILED
        && observation.importProgress() != null) {
      status.setProgress(format(observation.importProgress()));
    }
  }

  /** A progress value as upstream prints it: two decimals and a percent sign. */
  public static String format(double percent) {
    return String.format(Locale.ROOT, "%.2f%%", percent);
  }

  private static void conditionEvents(
      DataVolumeObservation observation,
      List<DataVolumeCondition> original,
      DataVolumeStatus status,
      List<CdiEvent> events) {
    List<DataVolumeCondition> current = status.getConditions();
    DataVolumeCondition bound = ConditionList.find(current, DataVolumeConditions.BOUND);
    DataVolumeCondition oldBound = ConditionList.find(original, DataVolumeConditions.BOUND);
    if (bound != null && differs(bound, oldBound)) {
      events.add(CdiEvent.normal(bound.getReason(), bound.getMessage()));
    }
    DataVolumeCondition ready = ConditionList.find(current, DataVolumeConditions.READY);
    DataVolumeCondition running = ConditionList.find(current, DataVolumeConditions.RUNNING);
    DataVolumeCondition oldRunning = ConditionList.find(original, DataVolumeConditions.RUNNING);
    boolean populating =
        observation.populatorPath()
            && (status.getPhase() == DataVolumePhase.IMPORT_SCHEDULED
                || status.getPhase() == DataVolumePhase.IMPORT_IN_PROGRESS);
    if (ready == null || running == null || bound == null) {
      return;
    }
    boolean stuck =
        ConditionList.FALSE.equals(ready.getStatus())
            && ConditionList.FALSE.equals(running.getStatus())
            && (ConditionList.TRUE.equals(bound.getStatus()) || populating);
    String runningMessage = running.getMessage() == null ? "" : running.getMessage();
    String oldMessage = oldRunning == null ? null : oldRunning.getMessage();
    if (stuck
        && !runningMessage.isEmpty()
        && !runningMessage.equals(oldMessage)
        && !CdiReasons.SCRATCH_SPACE_REQUIRED.equals(running.getReason())) {
      events.add(CdiEvent.warning(running.getReason(), runningMessage));
    }
  }

  private static boolean differs(DataVolumeCondition now, DataVolumeCondition before) {
    return before == null
        || !now.getStatus().equals(before.getStatus())
        || !String.valueOf(now.getReason()).equals(String.valueOf(before.getReason()))
        || !String.valueOf(now.getMessage()).equals(String.valueOf(before.getMessage()));
  }
}
