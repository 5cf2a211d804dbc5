package io.jvirt.virtctl.commands;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Pacer;
import io.jvirt.virtctl.client.CdiClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two waits of {@code image-upload}: for the upload pod, and for processing after it. */
final class UploadWaits {
  static final Duration INTERVAL = Duration.ofSeconds(2);

  /** Upstream lets conversion run for a day; --wait-secs bounds only the pod's start. */
  static final Duration PROCESSING_TIMEOUT = Duration.ofHours(24);

  private static final Set<String> TRUE = Set.of("1", "t", "T", "true", "TRUE", "True");
  private static final String SUCCEEDED = "Succeeded";
  private static final String FAILED = "Failed";

  private final CdiClient cdi;
  private final Pacer pacer;
  private final PrintStream out;
  private final String namespace;
  private final UploadRequest request;

  UploadWaits(
      CdiClient cdi, Pacer pacer, PrintStream out, String namespace, UploadRequest request) {
    this.cdi = cdi;
    this.pacer = pacer;
    this.out = out;
    this.namespace = namespace;
    this.request = request;
  }

  /** Waits until the upload pod accepts data: the PVC says ready, or the DataVolume does. */
  void awaitReady() {
    boolean[] logged = {false};
    Poll.until(
        pacer,
        INTERVAL,
        request.readyTimeout(),
        () -> {
          boolean done = request.claimForm() ? claimReady() : dataVolumeReady();
          if (!done && !logged[0]) {
            out.printf("Waiting for PVC %s upload pod to be ready...%n", request.name());
            logged[0] = true;
          }
          if (done && logged[0]) {
            out.println("Pod now ready");
          }
          return done;
        });
  }

  /** Waits until the uploaded data is converted and in place; fails when CDI says it failed. */
  void awaitProcessed() {
    try {
      Poll.until(
          pacer,
          INTERVAL,
          PROCESSING_TIMEOUT,
          () -> request.claimForm() ? claimProcessed() : dataVolumeProcessed());
    } catch (CommandFailedException e) {
      if (Poll.TIMED_OUT.equals(e.getMessage())) {
        out.println(
            "Timed out waiting for post upload processing to complete, please check upload pod"
                + " status for progress");
      }
      throw e;
    }
    out.println("Processing completed successfully");
  }

  private boolean claimReady() {
    return cdi.getClaim(namespace, request.name())
        .map(claim -> annotation(claim, CdiAnnotations.POD_READY))
        .map(TRUE::contains)
        .orElse(false);
  }

  private boolean dataVolumeReady() {
    Optional<DataVolume> found = cdi.getDataVolume(namespace, request.name());
    if (found.isEmpty()) {
      out.printf("DV %s not found... %n", request.name());
      return false;
    }
    DataVolumePhase phase = phase(found.get());
    if ((phase == DataVolumePhase.WAIT_FOR_FIRST_CONSUMER
            || phase == DataVolumePhase.PENDING_POPULATION)
        && !request.forceBind()) {
      throw new CommandFailedException(
          "cannot upload to DataVolume in "
              + phaseName(phase)
              + " phase, make sure the PVC is Bound, or use force-bind flag");
    }
    return phase == DataVolumePhase.UPLOAD_READY;
  }

  private boolean claimProcessed() {
    PersistentVolumeClaim claim =
        cdi.getClaim(namespace, request.name())
            .orElseThrow(
                () ->
                    new CommandFailedException(
                        "persistentvolumeclaims \"" + request.name() + "\" not found"));
    String phase = annotation(claim, CdiAnnotations.POD_PHASE);
    if (FAILED.equals(phase)) {
      String reason = annotation(claim, CdiAnnotations.RUNNING_CONDITION_MESSAGE);
      throw new CommandFailedException(
          "upload pod of PVC "
              + request.name()
              + " failed"
              + (reason == null || reason.isBlank() ? "" : ": " + reason));
    }
    return SUCCEEDED.equals(phase);
  }

  private boolean dataVolumeProcessed() {
    DataVolume dataVolume =
        cdi.getDataVolume(namespace, request.name())
            .orElseThrow(
                () ->
                    new CommandFailedException(
                        "datavolumes.cdi.kubevirt.io \"" + request.name() + "\" not found"));
    DataVolumePhase phase = phase(dataVolume);
    if (phase == DataVolumePhase.FAILED) {
      throw new CommandFailedException(
          "DataVolume " + request.name() + " failed" + failureReason(dataVolume));
    }
    return phase == DataVolumePhase.SUCCEEDED;
  }

  /** The message of the Running condition, else of Ready: where CDI puts why a transfer failed. */
  private static String failureReason(DataVolume dataVolume) {
    List<DataVolumeCondition> conditions = dataVolume.getStatus().getConditions();
    if (conditions == null) {
      return "";
    }
    for (String type : List.of("Running", "Ready")) {
      for (DataVolumeCondition condition : conditions) {
        if (type.equals(condition.getType())) {
          String text = condition.getMessage();
          if (text == null || text.isBlank()) {
            text = condition.getReason();
          }
          if (text != null && !text.isBlank()) {
            return ": " + text;
          }
        }
      }
    }
    return "";
  }

  private static DataVolumePhase phase(DataVolume dataVolume) {
    return dataVolume.getStatus() == null ? null : dataVolume.getStatus().getPhase();
  }

  private static String phaseName(DataVolumePhase phase) {
    return phase == DataVolumePhase.WAIT_FOR_FIRST_CONSUMER
        ? "WaitForFirstConsumer"
        : "PendingPopulation";
  }

  private static String annotation(PersistentVolumeClaim claim, String key) {
    Map<String, String> annotations = claim.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(key);
  }
}
