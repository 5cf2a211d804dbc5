package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeDeviceBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.cdi.contract.CloneSource;
import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.contract.UploadServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The host-assisted clone's source pod: in the source PVC's namespace, the source mounted
 * read-only, sending its disk to the target's upload server; it names its target in an annotation,
 * as no owner reference may cross namespaces.
 */
public final class CloneSourcePodRenderer {
  private CloneSourcePodRenderer() {}

  /** The source pod copying {@code source} into {@code target} through the pod at {@code ip}. */
  public static Pod render(
      DataVolume dv,
      PersistentVolumeClaim target,
      PersistentVolumeClaim source,
      String targetPodIp,
      CdiSettings settings) {
    ImporterSettings worker = settings.importer();
    boolean block = Claims.block(source);
    Map<String, String> labels = new TreeMap<>();
    labels.put(CdiLabels.APP, CdiLabels.APP_VALUE);
    labels.put(CdiLabels.COMPONENT, CloneSource.LABEL);
    labels.put(CdiLabels.PROMETHEUS, "true");
    Map<String, String> annotations = PodAnnotations.forWorkerPod(Claims.annotations(target));
    annotations.put(
        CloneSource.TARGET_ANNOTATION,
        target.getMetadata().getNamespace() + "/" + target.getMetadata().getName());
    String url = "http://" + targetPodIp + ":" + UploadServer.PORT + UploadServer.PATH_SYNC;
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(CloneSource.podName(target.getMetadata().getUid()))
            .withNamespace(source.getMetadata().getNamespace())
            .withLabels(labels)
            .withAnnotations(annotations)
            .endMetadata();
    Container container =
        new ContainerBuilder()
            .withName(CloneSource.CONTAINER)
            .withImage(worker.image())
            .withImagePullPolicy(worker.pullPolicy())
            .withArgs(CloneSource.ARGS)
            .withEnv(
                List.of(
                    new EnvVar(CloneSource.ENV_UPLOAD_URL, url, null),
                    new EnvVar(CloneSource.ENV_OWNER_UID, dv.getMetadata().getUid(), null)))
            .addNewPort()
            .withName(ImporterPod.METRICS_PORT_NAME)
            .withContainerPort(CloneSource.METRICS_PORT)
            .withProtocol("TCP")
            .endPort()
            .withResources(worker.resources())
            .withVolumeMounts(
                block
                    ? List.of()
                    : List.of(
                        new VolumeMountBuilder()
                            .withName(CloneSource.VOLUME)
                            .withMountPath(CloneSource.MOUNT_DIR)
                            .withReadOnly(true)
                            .build()))
            .withVolumeDevices(
                block
                    ? List.of(
                        new VolumeDeviceBuilder()
                            .withName(CloneSource.VOLUME)
                            .withDevicePath(CloneSource.BLOCK_DEVICE)
                            .build())
                    : List.of())
            .withTerminationMessagePolicy("FallbackToLogsOnError")
            .withSecurityContext(ImporterPodRenderer.restricted())
            .build();
    Volume volume =
        new VolumeBuilder()
            .withName(CloneSource.VOLUME)
            .withNewPersistentVolumeClaim(source.getMetadata().getName(), true)
            .build();
    // no service account: the target's would not exist in the source namespace
    return pod.withSpec(
            ImporterPodRenderer.workerSpec(
                worker,
                container,
                List.of(volume),
                Claims.annotation(target, CdiAnnotations.POD_PRIORITY_CLASS_NAME),
                null))
        .build();
  }
}
