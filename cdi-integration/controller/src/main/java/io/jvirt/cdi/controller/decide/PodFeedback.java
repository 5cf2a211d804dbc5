package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiReasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an importer pod tells its PVC (section 4.5): phase, restarts and the Running condition as
 * annotations; scratch, direct-IO and fatal outcomes; whether the pod must go.
 */
final class PodFeedback {
  final Map<String, String> annotations = new TreeMap<>();
  final Map<String, String> labels = new TreeMap<>();
  final List<CdiEvent> events = new ArrayList<>();
  boolean deletePod;

  private PodFeedback() {}

  static PodFeedback of(PersistentVolumeClaim claim, Pod pod, boolean retainAfterCompletion) {
    PodFeedback out = new PodFeedback();
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    ContainerStatus container = firstContainer(pod);
    out.restarts(claim, container);
    out.running(pod, container);
    ContainerStateTerminated terminated =
        container == null || container.getState() == null
            ? null
            : container.getState().getTerminated();
    TerminationMessage message = TerminationMessage.parse(terminated);
    if (message.scratchSpaceRequired()) {
      out.annotations.put(CdiAnnotations.REQUIRES_SCRATCH, "true");
      out.setRunning(
          "false", CdiReasons.SCRATCH_SPACE_REQUIRED, "scratch space required and none found");
      out.deletePod = true;
      return out;
    }
    if (message.checksumMismatch()) {
      out.annotations.put(CdiAnnotations.POD_PHASE, PhaseRules.POD_FAILED);
      out.annotations.put(CdiAnnotations.FATAL_ERROR, "true");
      out.setRunning("false", CdiReasons.CHECKSUM_ERROR, message.text());
      out.deletePod = true;
      return out;
    }
    if (terminated != null && CdiReasons.OOM_KILLED.equals(terminated.getReason())) {
      out.annotations.put(CdiAnnotations.REQUIRES_DIRECT_IO, "true");
      out.deletePod = true;
    }
    if (phase != null) {
      out.annotations.put(CdiAnnotations.POD_PHASE, phase);
    }
    if (message.preallocationApplied()) {
      out.annotations.put(CdiAnnotations.PREALLOCATION_APPLIED, "true");
    }
    if (terminated != null
        && terminated.getExitCode() != null
        && terminated.getExitCode() != 0
        && !message.text().isEmpty()) {
      out.events.add(
          CdiEvent.onClaim(CdiEvent.WARNING, CdiReasons.ERR_IMPORT_FAILED, message.text()));
    }
    if (PhaseRules.POD_SUCCEEDED.equals(phase)) {
      out.labels.putAll(message.labels());
      out.events.add(
          CdiEvent.onClaim(CdiEvent.NORMAL, CdiReasons.IMPORT_SUCCEEDED, "Import Successful"));
      out.deletePod |= !retainAfterCompletion;
    }
    return out;
  }

  private void restarts(PersistentVolumeClaim claim, ContainerStatus container) {
    int recorded = 0;
    try {
      recorded =
          Integer.parseInt(
              Claims.annotations(claim).getOrDefault(CdiAnnotations.POD_RESTARTS, "0"));
    } catch (NumberFormatException e) {
      recorded = 0;
    }
    int observed =
        container == null || container.getRestartCount() == null ? 0 : container.getRestartCount();
    annotations.put(CdiAnnotations.POD_RESTARTS, Integer.toString(Math.max(recorded, observed)));
  }

  private void running(Pod pod, ContainerStatus container) {
    boolean unschedulable =
        pod.getStatus() != null
            && pod.getStatus().getConditions() != null
            && pod.getStatus().getConditions().stream()
                .anyMatch(
                    c ->
                        "PodScheduled".equals(c.getType())
                            && "False".equals(c.getStatus())
                            && CdiReasons.UNSCHEDULABLE.equals(c.getReason()));
    annotations.put(CdiAnnotations.POD_SCHEDULABLE, Boolean.toString(!unschedulable));
    ContainerState state = container == null ? null : container.getState();
    if (state == null) {
      return;
    }
    if (state.getRunning() != null) {
      setRunning("true", CdiReasons.POD_RUNNING, "");
    } else if (state.getTerminated() != null) {
      setRunning(
          "false",
          state.getTerminated().getReason(),
          TerminationMessage.parse(state.getTerminated()).text());
    } else if (state.getWaiting() != null) {
      waiting(state.getWaiting(), container);
    }
  }

  private void waiting(ContainerStateWaiting waiting, ContainerStatus container) {
    String reason = waiting.getReason();
    if ("ImagePullBackOff".equals(reason) || "ErrImagePull".equals(reason)) {
      setRunning(
          "false", CdiReasons.IMAGE_PULL_FAILED, "failed to pull image: " + container.getImage());
    } else if ("CrashLoopBackOff".equals(reason)) {
      ContainerStateTerminated last =
          container.getLastState() == null ? null : container.getLastState().getTerminated();
      if (last != null) {
        setRunning("false", last.getReason(), TerminationMessage.parse(last).text());
      }
    } else {
      setRunning("false", reason, waiting.getMessage());
    }
  }

  private void setRunning(String status, String reason, String message) {
    annotations.put(CdiAnnotations.RUNNING_CONDITION, status);
    annotations.put(CdiAnnotations.RUNNING_CONDITION_REASON, reason == null ? "" : reason);
    annotations.put(CdiAnnotations.RUNNING_CONDITION_MESSAGE, TerminationMessage.simplify(message));
  }

  private static ContainerStatus firstContainer(Pod pod) {
    if (pod.getStatus() == null
        || pod.getStatus().getContainerStatuses() == null
        || pod.getStatus().getContainerStatuses().isEmpty()) {
      return null;
    }
    return pod.getStatus().getContainerStatuses().get(0);
  }
}
