package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.cdi.contract.UploadServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upload pod and its Service for an upload-target PVC (upstream's upload controller): both
 * {@code cdi-upload-<pvc>}, owned by the PVC; the pod runs the importer image as the upload server
 * with the PVC at /data (or the block device) and a scratch PVC, ready when it accepts data.
 */
public final class UploadPodRenderer {
  private UploadPodRenderer() {}

  /** The upload server pod of {@code claim}. */
  public static Pod pod(PersistentVolumeClaim claim, CdiSettings settings) {
    String pvc = claim.getMetadata().getName();
    ImporterVolumes volumes = ImporterVolumes.of(claim, ResourceNames.scratchClaim(pvc));
    Map<String, String> annotations = Claims.annotations(claim);
    ImporterSettings worker = settings.importer();
    return new PodBuilder()
        .withNewMetadata()
        .withName(UploadServer.name(pvc))
        .withNamespace(claim.getMetadata().getNamespace())
        .withLabels(labels(claim, settings))
        .withAnnotations(PodAnnotations.forWorkerPod(annotations))
        .withOwnerReferences(ImporterPodRenderer.ownerReference(claim))
        .endMetadata()
        .withSpec(
            ImporterPodRenderer.workerSpec(
                worker,
                container(claim, settings, volumes),
                volumes.volumes,
                annotations.get(CdiAnnotations.POD_PRIORITY_CLASS_NAME),
                annotations.get(CdiAnnotations.POD_SERVICE_ACCOUNT_NAME)))
        .build();
  }

  /** The Service the upload proxy sends the data to: port 443 to the pod's 8443. */
  public static Service service(PersistentVolumeClaim claim) {
    String name = UploadServer.name(claim.getMetadata().getName());
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(claim.getMetadata().getNamespace())
        .withLabels(
            new TreeMap<>(
                Map.of(
                    CdiLabels.APP, CdiLabels.APP_VALUE, CdiLabels.COMPONENT, UploadServer.LABEL)))
        .withOwnerReferences(ImporterPodRenderer.ownerReference(claim))
        .endMetadata()
        .withNewSpec()
        .withSelector(Map.of(UploadServer.SERVICE_LABEL, name))
        .addNewPort()
        .withName("uploadserver")
        .withProtocol("TCP")
        .withPort(UploadServer.SERVICE_PORT)
        .withTargetPort(new IntOrString(UploadServer.PORT))
        .endPort()
        .endSpec()
        .build();
  }

  private static Container container(
      PersistentVolumeClaim claim, CdiSettings settings, ImporterVolumes volumes) {
    ImporterSettings worker = settings.importer();
    return new ContainerBuilder()
        .withName(UploadServer.CONTAINER)
        .withImage(worker.image())
        .withImagePullPolicy(worker.pullPolicy())
        .withArgs(UploadServer.ARGS)
        .withEnv(env(claim, settings))
        .addNewPort()
        .withName("uploadserver")
        .withContainerPort(UploadServer.PORT)
        .withProtocol("TCP")
        .endPort()
        .withNewReadinessProbe()
        .withNewHttpGet()
        .withPath(UploadServer.HEALTH_PATH)
        .withPort(new IntOrString(UploadServer.PORT))
        .endHttpGet()
        .withPeriodSeconds(2)
        .withFailureThreshold(1)
        .endReadinessProbe()
        .withResources(worker.resources())
        .withVolumeMounts(volumes.mounts)
        .withVolumeDevices(volumes.devices)
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .withSecurityContext(ImporterPodRenderer.restricted())
        .build();
  }

  private static List<EnvVar> env(PersistentVolumeClaim claim, CdiSettings settings) {
    Map<String, String> annotations = Claims.annotations(claim);
    return List.of(
        new EnvVar(UploadServer.ENV_IMAGE_SIZE, ImporterEnvironment.imageSize(claim), null),
        new EnvVar(
            UploadServer.ENV_FILESYSTEM_OVERHEAD,
            ImporterEnvironment.overhead(claim, settings),
            null),
        new EnvVar(
            UploadServer.ENV_PREALLOCATION,
            Boolean.toString(
                "true".equals(annotations.get(CdiAnnotations.PREALLOCATION_REQUESTED))),
            null),
        new EnvVar(UploadServer.ENV_OWNER_UID, ImporterEnvironment.ownerUid(claim), null));
  }

  private static Map<String, String> labels(PersistentVolumeClaim claim, CdiSettings settings) {
    Map<String, String> labels = ImporterPodRenderer.labels(claim, settings, UploadServer.LABEL);
    labels.put(UploadServer.SERVICE_LABEL, UploadServer.name(claim.getMetadata().getName()));
    return labels;
  }
}
