package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.Observations.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The DataVolume and import controllers' decisions over an import's life. */
class DataVolumeDeciderTest {
  private static final Map<String, String> NAMED =
      Map.of(CdiAnnotations.IMPORT_POD_NAME, "importer-cirros");

  private final DataVolume dv = CdiFixtures.httpImport("cirros");

  private static DataVolumeDecision decide(DataVolumeObservation observation) {
    return DataVolumeDecider.decide(observation);
  }

  private static Map<String, String> with(Map<String, String> base, String... pairs) {
    Map<String, String> out = new TreeMap<>(base);
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private Pod pod(PersistentVolumeClaim claim, String phase, ContainerStatusBuilder container) {
    return new PodBuilder(ImporterPodRenderer.render(claim, CdiFixtures.SETTINGS))
        .editMetadata()
        .withUid("pod-uid")
        .endMetadata()
        .withNewStatus()
        .withPhase(phase)
        .withContainerStatuses(container.withName("importer").withImage(CdiFixtures.IMAGE).build())
        .endStatus()
        .build();
  }

  private static ContainerStatusBuilder terminated(int exit, String reason, String message) {
    return new ContainerStatusBuilder()
        .withNewState()
        .withNewTerminated()
        .withExitCode(exit)
        .withReason(reason)
        .withMessage(message)
        .endTerminated()
        .endState();
  }

  @Test
  void withoutClaimTheClaimIsCreated() {
    DataVolumeDecision decision = decide(Observations.of(dv, null));
    assertThat(decision.createClaim().getMetadata().getName()).isEqualTo("cirros");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.PENDING);
    assertThat(decision.createPod()).isNull();
  }

  @Test
  void invalidDataVolumeGetsAWarningAndNoClaim() {
    dv.getSpec().getSource().getHttp().setUrl("");
    DataVolumeDecision decision = decide(Observations.of(dv, null));
    assertThat(decision.createClaim()).isNull();
    assertThat(decision.events())
        .contains(CdiEvent.warning("ErrClaimNotValid", "spec.source.http.url is required"));
    assertThat(decision.status().status().getPhase()).isNull();
  }

  @Test
  void unboundClaimOnWaitForFirstConsumerWaitsWithoutPod() {
    DataVolumeDecision decision = decide(Observations.wffc(dv, claim(dv, "Pending", Map.of())));
    assertThat(decision.claimAnnotations()).isEmpty();
    assertThat(decision.createPod()).isNull();
    assertThat(decision.status().status().getPhase())
        .isEqualTo(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);
  }

  @Test
  void immediateBindingStartsTheImportOnAnUnboundClaim() {
    PersistentVolumeClaim pending =
        claim(dv, "Pending", Map.of(CdiAnnotations.IMMEDIATE_BINDING, ""));
    DataVolumeDecision decision = decide(Observations.wffc(dv, pending));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.IMPORT_POD_NAME, "importer-cirros");
  }

  @Test
  void boundClaimFirstGetsThePodNameThenThePod() {
    DataVolumeDecision first = decide(Observations.of(dv, claim(dv, "Bound", Map.of())));
    assertThat(first.claimAnnotations())
        .containsExactly(Map.entry(CdiAnnotations.IMPORT_POD_NAME, "importer-cirros"));
    assertThat(first.createPod()).isNull();
    assertThat(first.status().status().getPhase()).isEqualTo(DataVolumePhase.IMPORT_SCHEDULED);

    DataVolumeDecision second = decide(Observations.of(dv, claim(dv, "Bound", NAMED)));
    assertThat(second.createPod().getMetadata().getName()).isEqualTo("importer-cirros");
    assertThat(second.claimAnnotations()).isEmpty();
  }

  @Test
  void runningPodIsReportedAndProgressPolled() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod running =
        pod(
            bound,
            "Running",
            new ContainerStatusBuilder().withNewState().withNewRunning().endRunning().endState());
    DataVolumeDecision decision =
        decide(Observations.of(dv, bound).withImporterPod(running).withImportProgress(12.5));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.POD_PHASE, "Running")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION, "true")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION_REASON, "Pod is running");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(decision.status().status().getProgress()).isEqualTo("12.50%");
    assertThat(decision.requeueAfter()).isEqualTo(DataVolumeDecision.PROGRESS_INTERVAL);
    assertThat(decision.deletePod()).isNull();
  }

  @Test
  void crashLoopKeepsRetryingWithTheLastError() {
    PersistentVolumeClaim bound =
        claim(dv, "Bound", with(NAMED, CdiAnnotations.POD_PHASE, "Running"));
    Pod crashing =
        pod(
            bound,
            "Running",
            new ContainerStatusBuilder()
                .withRestartCount(4)
                .withNewState()
                .withNewWaiting()
                .withReason("CrashLoopBackOff")
                .endWaiting()
                .endState()
                .withNewLastState()
                .withNewTerminated()
                .withExitCode(1)
                .withReason("Error")
                .withMessage("Unable to connect to http data source: no such host")
                .endTerminated()
                .endLastState());
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(crashing));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.POD_RESTARTS, "4")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION, "false")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION_REASON, "Error");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.IMPORT_IN_PROGRESS);
    assertThat(decision.status().status().getRestartCount()).isEqualTo(4);
    assertThat(decision.events())
        .contains(CdiEvent.warning("Error", "Unable to connect to http data source: no such host"));
    assertThat(decision.deletePod()).isNull();
  }

  @Test
  void succeededPodCompletesTheImportAndIsDeleted() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    String json =
        "{\"scratchSpaceRequired\":false,\"preallocationApplied\":false,"
            + "\"labels\":{\"instancetype.kubevirt.io/default-preference\":\"cirros\"},"
            + "\"message\":\"Import Complete\"}";
    Pod done = pod(bound, "Succeeded", terminated(0, "Completed", json));
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(done));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.POD_PHASE, "Succeeded")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION_REASON, "Completed")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION_MESSAGE, "Import Complete");
    assertThat(decision.claimLabels())
        .containsEntry("instancetype.kubevirt.io/default-preference", "cirros");
    assertThat(decision.deletePod()).isEqualTo("importer-cirros");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(decision.status().status().getProgress()).isEqualTo("100.0%");
    assertThat(decision.events())
        .contains(
            CdiEvent.onClaim("Normal", "ImportSucceeded", "Import Successful"),
            CdiEvent.normal("ImportSucceeded", "Successfully imported into PVC cirros"));

    PersistentVolumeClaim finished =
        claim(dv, "Bound", with(NAMED, CdiAnnotations.POD_PHASE, "Succeeded"));
    assertThat(decide(Observations.of(dv, finished)).createPod()).isNull();
  }

  @Test
  void retainedPodsStay() {
    PersistentVolumeClaim bound =
        claim(dv, "Bound", with(NAMED, CdiAnnotations.POD_RETAIN_AFTER_COMPLETION, "true"));
    Pod done =
        pod(bound, "Succeeded", terminated(0, "Completed", "{\"message\":\"Import Complete\"}"));
    assertThat(decide(Observations.of(dv, bound).withImporterPod(done)).deletePod()).isNull();
  }

  @Test
  void scratchRequiredReplacesThePodWithOneThatHasScratch() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod asks =
        pod(
            bound,
            "Succeeded",
            terminated(0, "Completed", "{\"scratchSpaceRequired\":true,\"message\":\"\"}"));
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(asks));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.REQUIRES_SCRATCH, "true")
        .doesNotContainKey(CdiAnnotations.POD_PHASE);
    assertThat(decision.deletePod()).isEqualTo("importer-cirros");
    assertThat(decision.events()).noneMatch(e -> e.type().equals("Warning"));

    PersistentVolumeClaim marked =
        claim(dv, "Bound", with(NAMED, CdiAnnotations.REQUIRES_SCRATCH, "true"));
    Pod replacement = decide(Observations.of(dv, marked)).createPod();
    assertThat(replacement.getSpec().getVolumes())
        .anySatisfy(v -> assertThat(v.getName()).isEqualTo("cdi-scratch-vol"));

    Pod pending = pod(marked, "Pending", new ContainerStatusBuilder());
    DataVolumeDecision scratch = decide(Observations.of(dv, marked).withImporterPod(pending));
    assertThat(scratch.createScratchClaim().getMetadata().getName()).isEqualTo("cirros-scratch");
    assertThat(scratch.createScratchClaim().getMetadata().getOwnerReferences().get(0).getUid())
        .isEqualTo("pod-uid");
  }

  @Test
  void terminatingScratchClaimDeletesThePod() {
    DataVolume archive = CdiFixtures.httpImport("cirros");
    archive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    PersistentVolumeClaim bound = claim(archive, "Bound", NAMED);
    Pod pending = pod(bound, "Pending", new ContainerStatusBuilder());
    PersistentVolumeClaim scratch =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withName("cirros-scratch")
            .withDeletionTimestamp("2026-03-01T09:59:00Z")
            .endMetadata()
            .build();
    DataVolumeDecision decision =
        decide(Observations.of(archive, bound).withImporterPod(pending).withScratchClaim(scratch));
    assertThat(decision.deletePod()).isEqualTo("importer-cirros");
    assertThat(decision.createScratchClaim()).isNull();
  }

  @Test
  void checksumMismatchIsFatal() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod mismatch =
        pod(
            bound,
            "Succeeded",
            terminated(
                0, "Completed", "{\"message\":\"Unable to process data: checksum mismatch\"}"));
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(mismatch));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.POD_PHASE, "Failed")
        .containsEntry(CdiAnnotations.FATAL_ERROR, "true")
        .containsEntry(CdiAnnotations.RUNNING_CONDITION_REASON, "ChecksumError");
    assertThat(decision.deletePod()).isEqualTo("importer-cirros");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.FAILED);

    PersistentVolumeClaim failed =
        claim(
            dv,
            "Bound",
            with(NAMED, CdiAnnotations.POD_PHASE, "Failed", CdiAnnotations.FATAL_ERROR, "true"));
    assertThat(decide(Observations.of(dv, failed)).createPod()).isNull();
  }

  @Test
  void oomKilledImporterIsReplacedWithDirectIo() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod oom = pod(bound, "Running", terminated(137, "OOMKilled", ""));
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(oom));
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.REQUIRES_DIRECT_IO, "true");
    assertThat(decision.deletePod()).isEqualTo("importer-cirros");
  }

  @Test
  void outOfSpaceMessagesAreSimplified() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod full =
        pod(
            bound,
            "Running",
            terminated(1, "Error", "write /data/disk.img: no space left on device"));
    assertThat(decide(Observations.of(dv, bound).withImporterPod(full)).claimAnnotations())
        .containsEntry(
            CdiAnnotations.RUNNING_CONDITION_MESSAGE, "DataVolume too small to contain image");
  }

  @Test
  void foreignClaimIsLeftAloneUnlessAdoptionIsAllowed() {
    PersistentVolumeClaim foreign =
        new PersistentVolumeClaimBuilder(claim(dv, "Bound", Map.of()))
            .editMetadata()
            .withOwnerReferences()
            .endMetadata()
            .build();
    DataVolumeDecision refused = decide(Observations.of(dv, foreign));
    assertThat(refused.adoptClaim()).isNull();
    assertThat(refused.status()).isNull();
    assertThat(refused.events())
        .containsExactly(
            CdiEvent.warning(
                "ErrResourceExists",
                "Resource \"cirros\" already exists and is not managed by DataVolume"));

    dv.getMetadata().setAnnotations(Map.of(CdiAnnotations.ALLOW_CLAIM_ADOPTION, "true"));
    DataVolumeDecision adopted = decide(Observations.of(dv, foreign));
    assertThat(adopted.adoptClaim().getUid()).isEqualTo(CdiFixtures.DV_UID);
    assertThat(adopted.claimAnnotations()).containsEntry(CdiAnnotations.POPULATED_FOR, "cirros");
    assertThat(adopted.status().status().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(adopted.createPod()).isNull();
  }

  @Test
  void deletedDataVolumeNeedsNothing() {
    dv.getMetadata().setDeletionTimestamp("2026-03-01T09:00:00Z");
    DataVolumeDecision decision = decide(Observations.of(dv, null));
    assertThat(decision).isEqualTo(DataVolumeDecision.none());
  }

  @Test
  void unschedulablePodIsReported() {
    PersistentVolumeClaim bound = claim(dv, "Bound", NAMED);
    Pod stuck =
        new PodBuilder(pod(bound, "Pending", new ContainerStatusBuilder()))
            .editStatus()
            .addNewCondition()
            .withType("PodScheduled")
            .withStatus("False")
            .withReason("Unschedulable")
            .endCondition()
            .endStatus()
            .build();
    DataVolumeDecision decision = decide(Observations.of(dv, bound).withImporterPod(stuck));
    assertThat(decision.claimAnnotations()).containsEntry(CdiAnnotations.POD_SCHEDULABLE, "false");
    assertThat(decision.status().status().getConditions())
        .anySatisfy(c -> assertThat(c.getReason()).isEqualTo("Unschedulable"));
  }
}
