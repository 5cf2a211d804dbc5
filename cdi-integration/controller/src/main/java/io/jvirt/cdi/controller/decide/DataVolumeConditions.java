package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import java.util.Locale;
import java.util.Map;

/**
 * The Bound, Ready and Running conditions of a DataVolume (section 3.4, upstream conditions.go).
 */
final class DataVolumeConditions {
  static final String BOUND = "Bound";
  static final String READY = "Ready";
  static final String RUNNING = "Running";

  private DataVolumeConditions() {}

  /**
   * Updates all three from the phase and the PVC (null when there is none); {@code reason} and
   * {@code message} describe a sync problem and go to Ready (and to Bound without a PVC).
   */
  static void update(
      ConditionList conditions,
      DataVolumePhase phase,
      PersistentVolumeClaim claim,
      String reason,
      String message) {
    bound(conditions, claim, reason, message);
    String ready =
        phase == DataVolumePhase.SUCCEEDED
            ? ConditionList.TRUE
            : phase == DataVolumePhase.UNKNOWN ? ConditionList.UNKNOWN : ConditionList.FALSE;
    conditions.update(READY, ready, message, reason);
    running(conditions, Claims.annotations(claim));
  }

  private static void bound(
      ConditionList conditions, PersistentVolumeClaim claim, String reason, String message) {
    if (claim == null) {
      conditions.update(
          BOUND,
          ConditionList.FALSE,
          empty(message) ? "No PVC found" : message,
          empty(reason) ? CdiReasons.NOT_FOUND : reason);
      conditions.update(READY, ConditionList.FALSE, "", "");
      return;
    }
    Map<String, String> annotations = Claims.annotations(claim);
    String annotated = annotations.get(CdiAnnotations.BOUND_CONDITION);
    boolean overridden = annotated != null && !"true".equalsIgnoreCase(annotated);
    String name = claim.getMetadata().getName();
    String prime = annotations.get(CdiAnnotations.POPULATOR_PVC_PRIME);
    String primeText = prime == null ? "" : " [Prime PVC " + prime + "]";
    String annotatedMessage = annotations.get(CdiAnnotations.BOUND_CONDITION_MESSAGE);
    String annotatedReason = annotations.get(CdiAnnotations.BOUND_CONDITION_REASON);
    switch (Claims.phase(claim)) {
      case Claims.BOUND -> {
        if (!overridden) {
          conditions.update(BOUND, ConditionList.TRUE, "PVC " + name + " Bound", CdiReasons.BOUND);
          return;
        }
        conditions.update(BOUND, ConditionList.FALSE, annotatedMessage, annotatedReason);
      }
      case Claims.PENDING -> {
        if (!overridden) {
          conditions.update(
              BOUND,
              ConditionList.FALSE,
              "PVC " + name + primeText + " Pending",
              CdiReasons.PENDING);
        } else {
          conditions.update(
              BOUND,
              ConditionList.FALSE,
              "target PVC " + name + " Pending and " + nullToEmpty(annotatedMessage),
              annotatedReason);
        }
      }
      case Claims.LOST ->
          conditions.update(BOUND, ConditionList.FALSE, "Claim Lost", CdiReasons.CLAIM_LOST);
      default -> conditions.update(BOUND, ConditionList.FALSE, "", "");
    }
    conditions.update(READY, ConditionList.FALSE, "", "");
  }

  private static void running(ConditionList conditions, Map<String, String> annotations) {
    String message = annotations.get(CdiAnnotations.RUNNING_CONDITION_MESSAGE);
    String reason = annotations.get(CdiAnnotations.RUNNING_CONDITION_REASON);
    if ("false".equals(annotations.get(CdiAnnotations.POD_SCHEDULABLE))) {
      conditions.update(
          RUNNING,
          ConditionList.FALSE,
          "Importer pod cannot be scheduled",
          CdiReasons.UNSCHEDULABLE);
      return;
    }
    String value = annotations.get(CdiAnnotations.RUNNING_CONDITION);
    if (value == null) {
      conditions.update(RUNNING, ConditionList.FALSE, message, reason);
      return;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> {
        conditions.update(RUNNING, ConditionList.TRUE, message, reason);
        conditions.update(READY, ConditionList.FALSE, "", CdiReasons.TRANSFER_RUNNING);
      }
      case "false" -> conditions.update(RUNNING, ConditionList.FALSE, message, reason);
      default -> conditions.update(RUNNING, ConditionList.UNKNOWN, message, reason);
    }
  }

  private static boolean empty(String value) {
    return value == null || value.isEmpty();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
