package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.Observations.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.UploadServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The upload controller's decisions: pod and Service, readiness, completion. */
class UploadDecisionsTest {
  private final DataVolume dv = CdiFixtures.upload("upload-dv", "1Gi");

  private static Pod pod(PersistentVolumeClaim claim, String phase, boolean ready, int exit) {
    ContainerStatusBuilder container = new ContainerStatusBuilder().withName("cdi-upload-server");
    container =
        exit < 0
            ? container.withNewState().withNewRunning().endRunning().endState()
            : container
                .withNewState()
                .withNewTerminated()
                .withExitCode(exit)
                .withReason("Completed")
                .withMessage("{\"message\":\"Upload Complete\"}")
                .endTerminated()
                .endState();
    return new PodBuilder(UploadPodRenderer.pod(claim, CdiFixtures.SETTINGS))
        .editMetadata()
        .withUid("pod-uid")
        .endMetadata()
        .withNewStatus()
        .withPhase(phase)
        .addNewCondition()
        .withType("Ready")
        .withStatus(ready ? "True" : "False")
        .endCondition()
        .withContainerStatuses(container.build())
        .endStatus()
        .build();
  }

  @Test
  void theClaimIsMarkedAsAnUploadTarget() {
    PersistentVolumeClaim rendered = claim(dv, "Pending", Map.of());
    assertThat(rendered.getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.UPLOAD_TARGET, "");
  }

  @Test
  void onWaitForFirstConsumerTheUploadWaitsUnlessBindingIsForced() {
    DataVolumeDecision waiting =
        DataVolumeDecider.decide(Observations.wffc(dv, claim(dv, "Pending", Map.of())));
    assertThat(waiting.createPod()).isNull();
    assertThat(waiting.status().status().getPhase())
        .isEqualTo(DataVolumePhase.WAIT_FOR_FIRST_CONSUMER);

    PersistentVolumeClaim forced =
        claim(dv, "Pending", Map.of(CdiAnnotations.IMMEDIATE_BINDING, "true"));
    DataVolumeDecision started = DataVolumeDecider.decide(Observations.wffc(dv, forced));
    assertThat(started.createPod().getMetadata().getName()).isEqualTo("cdi-upload-upload-dv");
    assertThat(started.createService().getSpec().getSelector())
        .containsEntry(UploadServer.SERVICE_LABEL, "cdi-upload-upload-dv");
    assertThat(started.createPod().getMetadata().getLabels())
        .containsEntry(UploadServer.SERVICE_LABEL, "cdi-upload-upload-dv");
    assertThat(started.createPod().getSpec().getContainers().get(0).getArgs())
        .isEqualTo(UploadServer.ARGS);
  }

  @Test
  void aPendingPodGetsItsScratchClaimAndTheUploadIsScheduled() {
    PersistentVolumeClaim bound = claim(dv, "Bound", Map.of());
    Pod pending = pod(bound, "Pending", false, -1);
    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(dv, bound).withImporterPod(pending));
    assertThat(decision.createScratchClaim().getMetadata().getName())
        .isEqualTo("upload-dv-scratch");
    assertThat(decision.claimAnnotations())
        .containsEntry(CdiAnnotations.POD_PHASE, "Pending")
        .containsEntry(CdiAnnotations.POD_READY, "false");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.UPLOAD_SCHEDULED);
  }

  @Test
  void aReadyPodMakesTheUploadReady() {
    PersistentVolumeClaim bound = claim(dv, "Bound", Map.of());
    Pod ready = pod(bound, "Running", true, -1);
    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(dv, bound).withImporterPod(ready));
    assertThat(decision.claimAnnotations()).containsEntry(CdiAnnotations.POD_READY, "true");
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.UPLOAD_READY);
    assertThat(decision.deletePod()).isNull();
    assertThat(decision.createPod()).isNull();
  }

  @Test
  void aCompletedUploadSucceedsAndItsPodAndServiceGo() {
    PersistentVolumeClaim bound = claim(dv, "Bound", Map.of(CdiAnnotations.POD_PHASE, "Running"));
    Pod done = pod(bound, "Succeeded", false, 0);
    DataVolumeDecision decision =
        DataVolumeDecider.decide(Observations.of(dv, bound).withImporterPod(done));
    assertThat(decision.status().status().getPhase()).isEqualTo(DataVolumePhase.SUCCEEDED);
    assertThat(decision.deletePod()).isEqualTo("cdi-upload-upload-dv");
    assertThat(decision.deleteService()).isEqualTo("cdi-upload-upload-dv");
    assertThat(decision.events())
        .extracting(CdiEvent::reason)
        .contains("UploadSucceeded")
        .doesNotContain("ImportSucceeded");

    PersistentVolumeClaim finished =
        claim(dv, "Bound", Map.of(CdiAnnotations.POD_PHASE, "Succeeded"));
    DataVolumeDecision after = DataVolumeDecider.decide(Observations.of(dv, finished));
    assertThat(after.createPod()).isNull();
    assertThat(after.createService()).isNull();
  }
}
