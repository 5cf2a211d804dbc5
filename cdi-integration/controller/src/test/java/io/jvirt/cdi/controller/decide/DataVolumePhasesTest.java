package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.Observations.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCheckpoint;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceUpload;
import io.jvirt.cdi.api.v1beta1.DataVolumeStatus;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phases, progress, restarts, conditions and events of section 3, one observation at a time. */
class DataVolumePhasesTest {
  private static final Map<String, String> IMPORT_POD =
      Map.of(CdiAnnotations.IMPORT_POD_NAME, "importer-cirros");

  private final DataVolume dv = CdiFixtures.httpImport("cirros");

  private static DataVolumeCondition condition(DataVolumeStatus status, String type) {
    return ConditionList.find(status.getConditions(), type);
  }

  private static Map<String, String> with(Map<String, String> base, String... pairs) {
    var out = new java.util.TreeMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private StatusDecision derive(PersistentVolumeClaim claim) {
    return DataVolumePhases.derive(Observations.of(dv, claim));
  }

  @Test
  void withoutPvcTheDataVolumeIsPendingAndNotBound() {
    StatusDecision decision = derive(null);
    DataVolumeStatus status = decision.status();
    assertThat(status.getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(status.getProgress()).isNull();
    assertThat(status.getClaimName()).isNull();
    assertThat(condition(status, "Bound"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "NotFound", "No PVC found");
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("False");
    assertThat(condition(status, "Running").getStatus()).isEqualTo("False");
    assertThat(status.getConditions())
        .extracting(DataVolumeCondition::getType)
        .containsExactly("Bound", "Ready", "Running");
    assertThat(condition(status, "Bound").getLastTransitionTime())
        .isEqualTo("2026-03-01T10:00:00Z");
    assertThat(decision.changed()).isTrue();
  }

  @Test
  void renderingProblemLeavesThePhaseUnsetAndExplainsInTheConditions() {
    StatusDecision decision =
        DataVolumePhases.derive(
            Observations.of(dv, null), "ErrClaimNotValid", "spec.source.http.url is required");
    assertThat(decision.status().getPhase()).isNull();
    assertThat(condition(decision.status(), "Bound"))
        .extracting("reason", "message")
        .containsExactly("ErrClaimNotValid", "spec.source.http.url is required");
    assertThat(condition(decision.status(), "Ready").getReason()).isEqualTo("ErrClaimNotValid");
  }

  @Test
  void quotaRefusalKeepsThePhasePendingWithAWarning() {
    StatusDecision decision =
        DataVolumePhases.derive(
            Observations.of(dv, null)
                .withClaimCreateError(
                    "persistentvolumeclaims \"cirros\" is forbidden: exceeded quota: q"));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(decision.events())
        .contains(
            CdiEvent.warning(
                "ErrExceededQuota",
                "persistentvolumeclaims \"cirros\" is forbidden: exceeded quota: q"));
  }

  @Test
  void pendingPvcOnAnImmediateClassIsPending() {
    DataVolumeStatus status = derive(claim(dv, "Pending", Map.of())).status();
    assertThat(status.getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(status.getClaimName()).isEqualTo("cirros");
    assertThat(status.getProgress()).isEqualTo("N/A");
    assertThat(status.getRestartCount()).isZero();
    assertThat(condition(status, "Bound"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "Pending", "PVC cirros Pending");
  }

  @Test
  void pendingPvcOnAWaitForFirstConsumerClass() {
    PersistentVolumeClaim pending = claim(dv, "Pending", Map.of());
    assertThat(DataVolumePhases.derive(Observations.wffc(dv, pending)).status().getPhase())
        .isEqualTo(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
    DataVolumeObservation gateOff =
        Observations.wffc(dv, pending)
            .withSettings(CdiFixtures.SETTINGS.withHonorWaitForFirstConsumer(false));
    assertThat(DataVolumePhases.derive(gateOff).status().getPhase())
        .isEqualTo(DataVolumePhase.PENDING);
    DataVolume immediate = CdiFixtures.httpImport("cirros");
    immediate.getMetadata().setAnnotations(Map.of(CdiAnnotations.IMMEDIATE_BINDING, ""));
    assertThat(DataVolumePhases.derive(Observations.wffc(immediate, pending)).status().getPhase())
        .isEqualTo(DataVolumePhase.PENDING);
    // a non-WFFC class never shows WaitForFirstConsumer (KubeVirt would start a helper pod)
    assertThat(derive(pending).status().getPhase()).isEqualTo(DataVolumePhase.PENDING);
  }

  @Test
  void populatorPathWaitsForTheSelectedNode() {
    PersistentVolumeClaim pending = claim(dv, "Pending", Map.of());
    assertThat(
            DataVolumePhases.derive(Observations.wffc(dv, pending).withPopulatorPath(true))
                .status()
                .getPhase())
        .isEqualTo(DataVolumePhase.PENDING_POPULATION);
    PersistentVolumeClaim selected =
        claim(dv, "Pending", with(IMPORT_POD, CdiAnnotations.SELECTED_NODE, "node01"));
    assertThat(
            DataVolumePhases.derive(Observations.wffc(dv, selected).withPopulatorPath(true))
                .status()
                .getPhase())
        .isEqualTo(DataVolumePhase.IMPORT_SCHEDULED);
  }

  @Test
  void boundPvcWithoutImporterIsPvcBound() {
    StatusDecision decision = derive(claim(dv, "Bound", Map.of()));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.PVC_BOUND);
    assertThat(condition(decision.status(), "Bound"))
        .extracting("status", "reason", "message")
        .containsExactly("True", "Bound", "PVC cirros Bound");
    assertThat(decision.events()).contains(CdiEvent.normal("Bound", "PVC cirros Bound"));
  }

  @Test
  void importerPodNameMakesItScheduled() {
    StatusDecision decision = derive(claim(dv, "Bound", IMPORT_POD));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.IMPORT_SCHEDULED);
    assertThat(decision.events())
        .contains(CdiEvent.normal("ImportScheduled", "Import into cirros scheduled"));
  }

  @Test
  void runningImporterReportsProgressAndTransferRunning() {
    PersistentVolumeClaim running =
        claim(
            dv,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.POD_PHASE,
                "Running",
                CdiAnnotations.RUNNING_CONDITION,
                "true",
                CdiAnnotations.RUNNING_CONDITION_REASON,
                "Pod is running"));
    StatusDecision decision =
        DataVolumePhases.derive(Observations.of(dv, running).withImportProgress(45.1234));
    DataVolumeStatus status = decision.status();
    assertThat(status.getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(status.getProgress()).isEqualTo("45.12%");
    assertThat(condition(status, "Running"))
        .extracting("status", "reason")
        .containsExactly("True", "Pod is running");
    assertThat(condition(status, "Ready"))
        .extracting("status", "reason")
        .containsExactly("False", "TransferRunning");
    assertThat(decision.events())
        .contains(CdiEvent.normal("ImportInProgress", "Import into cirros in progress"));
  }

  @Test
  void failingImporterRetriesWithoutFailingTheDataVolume() {
    DataVolume inProgress = CdiFixtures.httpImport("cirros");
    DataVolumeStatus previous = new DataVolumeStatus();
    previous.setPhase(DataVolumePhase.IMPORT_IN_PROGRESS);
    inProgress.setStatus(previous);
    String message =
        "Unable to connect to http data source: expected status code 200, got 404. Status: 404"
            + " Not Found";
    PersistentVolumeClaim failed =
        claim(
            inProgress,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.POD_PHASE,
                "Failed",
                CdiAnnotations.POD_RESTARTS,
                "3",
                CdiAnnotations.RUNNING_CONDITION,
                "false",
                CdiAnnotations.RUNNING_CONDITION_REASON,
                "Error",
                CdiAnnotations.RUNNING_CONDITION_MESSAGE,
                message));
    StatusDecision decision = DataVolumePhases.derive(Observations.of(inProgress, failed));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(decision.status().getRestartCount()).isEqualTo(3);
    assertThat(condition(decision.status(), "Running"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "Error", message);
    assertThat(decision.events()).contains(CdiEvent.warning("Error", message));
  }

  @Test
  void fatalErrorFailsTheDataVolume() {
    PersistentVolumeClaim fatal =
        claim(
            dv,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.POD_PHASE,
                "Failed",
                CdiAnnotations.FATAL_ERROR,
                "true"));
    StatusDecision decision = derive(fatal);
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.FAILED);
    assertThat(decision.events())
        .contains(CdiEvent.warning("ImportFailed", "Failed to import into PVC cirros"));
  }

  @Test
  void succeededImportIsReadyWithFullProgress() {
    PersistentVolumeClaim done =
        claim(
            dv,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.POD_PHASE,
                "Succeeded",
                CdiAnnotations.RUNNING_CONDITION,
                "false",
                CdiAnnotations.RUNNING_CONDITION_REASON,
                "Completed",
                CdiAnnotations.RUNNING_CONDITION_MESSAGE,
                "Import Complete"));
    StatusDecision decision =
        DataVolumePhases.derive(Observations.of(dv, done).withImportProgress(99.0));
    DataVolumeStatus status = decision.status();
    assertThat(status.getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(status.getProgress()).isEqualTo("100.0%");
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Bound").getStatus()).isEqualTo("True");
    assertThat(condition(status, "Running"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "Completed", "Import Complete");
    assertThat(decision.events())
        .contains(CdiEvent.normal("ImportSucceeded", "Successfully imported into PVC cirros"))
        .noneMatch(e -> e.type().equals("Warning"));
  }

  @Test
  void multiStageImportPausesBetweenCheckpoints() {
    DataVolume warm = CdiFixtures.httpImport("cirros");
    DataVolumeCheckpoint checkpoint = new DataVolumeCheckpoint();
    warm.getSpec().setCheckpoints(List.of(checkpoint));
    Map<String, String> succeeded = with(IMPORT_POD, CdiAnnotations.POD_PHASE, "Succeeded");
    assertThat(
            DataVolumePhases.derive(Observations.of(warm, claim(warm, "Bound", succeeded)))
                .status()
                .getPhase())
        .isEqualTo(DataVolumePhase.PAUSED);
    Map<String, String> done = with(succeeded, CdiAnnotations.MULTI_STAGE_IMPORT_DONE, "true");
    assertThat(
            DataVolumePhases.derive(Observations.of(warm, claim(warm, "Bound", done)))
                .status()
                .getPhase())
        .isEqualTo(DataVolumePhase.SUCCEEDED);
  }

  @Test
  void lostClaimFailsTheDataVolume() {
    StatusDecision decision = derive(claim(dv, "Lost", IMPORT_POD));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.FAILED);
    assertThat(condition(decision.status(), "Bound"))
        .extracting("reason", "message")
        .containsExactly("ClaimLost", "Claim Lost");
    assertThat(decision.events()).contains(CdiEvent.warning("ErrClaimLost", "PVC cirros lost"));
  }

  @Test
  void populatedClaimNeedsNoWork() {
    PersistentVolumeClaim populated =
        claim(dv, "Pending", Map.of(CdiAnnotations.POPULATED_FOR, "cirros"));
    assertThat(derive(populated).status().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    PersistentVolumeClaim other =
        claim(dv, "Bound", Map.of(CdiAnnotations.POPULATED_FOR, "someone-else"));
    assertThat(derive(other).status().getPhase()).isEqualTo(DataVolumePhase.PVC_BOUND);
  }

  @Test
  void unrecognisedClaimPhaseIsUnknown() {
    DataVolumeStatus status = derive(claim(dv, "Resizing", Map.of())).status();
    assertThat(status.getPhase()).isEqualTo(DataVolumePhase.UNKNOWN);
    assertThat(condition(status, "Ready").getStatus()).isEqualTo("Unknown");
  }

  @Test
  void boundConditionAnnotationsOverrideTheClaimPhase() {
    PersistentVolumeClaim scratch =
        claim(
            dv,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.BOUND_CONDITION,
                "false",
                CdiAnnotations.BOUND_CONDITION_REASON,
                "CreatingScratchSpace",
                CdiAnnotations.BOUND_CONDITION_MESSAGE,
                "Creating scratch space"));
    assertThat(condition(derive(scratch).status(), "Bound"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "CreatingScratchSpace", "Creating scratch space");
  }

  @Test
  void unschedulablePodIsReportedInRunning() {
    PersistentVolumeClaim stuck =
        claim(dv, "Bound", with(IMPORT_POD, CdiAnnotations.POD_SCHEDULABLE, "false"));
    assertThat(condition(derive(stuck).status(), "Running"))
        .extracting("status", "reason", "message")
        .containsExactly("False", "Unschedulable", "Importer pod cannot be scheduled");
  }

  @Test
  void uploadPhasesFollowTheUploadPod() {
    DataVolume upload = CdiFixtures.httpImport("up");
    DataVolumeSource source = new DataVolumeSource();
    source.setUpload(new DataVolumeSourceUpload());
    upload.getSpec().setSource(source);
    Map<String, String> running = Map.of(CdiAnnotations.POD_PHASE, "Running");
    assertThat(
            DataVolumePhases.derive(Observations.of(upload, claim(upload, "Bound", running)))
                .status()
                .getPhase())
        .isEqualTo(DataVolumePhase.UPLOAD_SCHEDULED);
    Map<String, String> ready = with(running, CdiAnnotations.POD_READY, "true");
    StatusDecision decision =
        DataVolumePhases.derive(Observations.of(upload, claim(upload, "Bound", ready)));
    assertThat(decision.status().getPhase()).isEqualTo(DataVolumePhase.UPLOAD_READY);
    assertThat(decision.events()).contains(CdiEvent.normal("UploadReady", "Upload into up ready"));
  }

  @Test
  void conditionTimesMoveOnlyWhenSomethingChanged() {
    PersistentVolumeClaim bound = claim(dv, "Bound", Map.of());
    DataVolumeStatus first = derive(bound).status();
    DataVolume again = CdiFixtures.httpImport("cirros");
    again.setStatus(first);
    DataVolumeObservation later =
        Observations.of(again, bound)
            .withClock(Observations.at(Instant.parse("2026-03-01T10:05:00Z")));
    StatusDecision unchanged = DataVolumePhases.derive(later);
    assertThat(unchanged.changed()).isFalse();
    assertThat(unchanged.events()).isEmpty();

    PersistentVolumeClaim scheduled = claim(dv, "Bound", IMPORT_POD);
    DataVolumeStatus moved = DataVolumePhases.derive(later.withClaim(scheduled)).status();
    DataVolumeCondition bound2 = condition(moved, "Bound");
    assertThat(bound2.getLastTransitionTime()).isEqualTo("2026-03-01T10:00:00Z");
    PersistentVolumeClaim message =
        claim(
            dv,
            "Bound",
            with(
                IMPORT_POD,
                CdiAnnotations.RUNNING_CONDITION,
                "false",
                CdiAnnotations.RUNNING_CONDITION_REASON,
                "ContainerCreating"));
    DataVolumeCondition running =
        condition(DataVolumePhases.derive(later.withClaim(message)).status(), "Running");
    assertThat(running.getLastTransitionTime()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(running.getLastHeartbeatTime()).isEqualTo("2026-03-01T10:05:00Z");
    assertThat(running.getReason()).isEqualTo("ContainerCreating");
  }

  @Test
  void progressFormatting() {
    assertThat(DataVolumePhases.format(0)).isEqualTo("0.00%");
    assertThat(DataVolumePhases.format(7.006)).isEqualTo("7.01%");
    assertThat(DataVolumePhases.format(100)).isEqualTo("100.00%");
  }

  @Test
  void theObservedDataVolumeIsNotModified() {
    String before = dv.toString();
    derive(claim(dv, "Bound", IMPORT_POD));
    assertThat(dv.toString()).isEqualTo(before);
    assertThat(dv.getStatus()).isNull();
  }
}
