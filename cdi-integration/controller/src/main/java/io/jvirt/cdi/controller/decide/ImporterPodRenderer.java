package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.cdi.contract.ImportSources;
import io.jvirt.cdi.contract.ImporterPod;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The importer pod for a PVC (section 4.4): named {@code importer-<pvc>}, controlled by the PVC,
 * the PVC at /data or /dev/cdi-block-volume, scratch at /scratch when needed, the environment from
 * the PVC's annotations, a restricted security context and restartPolicy OnFailure.
 */
public final class ImporterPodRenderer {
  private ImporterPodRenderer() {}

  /**
   * The pod importing into {@code claim}; it mounts the scratch PVC {@code <pvc>-scratch} when
   * {@link #needsScratch} holds.
   */
  public static Pod render(PersistentVolumeClaim claim, CdiSettings settings) {
    String pvc = claim.getMetadata().getName();
    String scratch = needsScratch(claim) ? ResourceNames.scratchClaim(pvc) : null;
    ImporterVolumes volumes = ImporterVolumes.of(claim, scratch);
    Map<String, String> annotations = Claims.annotations(claim);
    ImporterSettings importer = settings.importer();
    return new PodBuilder()
        .withNewMetadata()
        .withName(ResourceNames.importerPod(pvc))
        .withNamespace(claim.getMetadata().getNamespace())
        .withLabels(labels(claim, settings, CdiLabels.IMPORTER))
        .addToLabels(CdiLabels.PROMETHEUS, "true")
        .withAnnotations(PodAnnotations.forWorkerPod(annotations))
        .withOwnerReferences(ownerReference(claim))
        .endMetadata()
        .withSpec(
            workerSpec(
                importer,
                container(claim, settings, volumes),
                volumes.volumes,
                annotations.get(CdiAnnotations.POD_PRIORITY_CLASS_NAME),
                annotations.get(CdiAnnotations.POD_SERVICE_ACCOUNT_NAME)))
        .build();
  }

  /**
   * The spec every CDI worker pod (importer, upload server, clone source) shares: restarted on
   * failure, no service links, the workload placement, qemu's fsGroup.
   */
  static PodSpec workerSpec(
      ImporterSettings worker,
      Container container,
      List<Volume> volumes,
      String priorityClass,
      String serviceAccount) {
    return new PodSpecBuilder()
        .withRestartPolicy("OnFailure")
        .withEnableServiceLinks(false)
        .withContainers(container)
        .withVolumes(volumes)
        .withNodeSelector(worker.nodeSelector().isEmpty() ? null : worker.nodeSelector())
        .withTolerations(worker.tolerations())
        .withImagePullSecrets(worker.imagePullSecrets())
        .withPriorityClassName(priorityClass)
        .withServiceAccountName(serviceAccount)
        .withNewSecurityContext()
        .withFsGroup(ImporterPod.USER)
        .endSecurityContext()
        .build();
  }

  /**
   * Scratch space is needed up front for archives, for registry images pulled by the pod, and once
   * a previous importer asked for it (section 4.6).
   */
  public static boolean needsScratch(PersistentVolumeClaim claim) {
    Map<String, String> annotations = Claims.annotations(claim);
    if ("true".equals(annotations.get(CdiAnnotations.REQUIRES_SCRATCH))
        || ImportSources.CONTENT_ARCHIVE.equals(annotations.get(CdiAnnotations.CONTENT_TYPE))) {
      return true;
    }
    String method = annotations.get(CdiAnnotations.REGISTRY_IMPORT_METHOD);
    return ImportSources.REGISTRY.equals(ImporterEnvironment.source(annotations))
        && (method == null || ImportSources.PULL_POD.equals(method));
  }

  private static Container container(
      PersistentVolumeClaim claim, CdiSettings settings, ImporterVolumes volumes) {
    ImporterSettings importer = settings.importer();
    return new ContainerBuilder()
        .withName(ImporterPod.CONTAINER)
        .withImage(importer.image())
        .withImagePullPolicy(importer.pullPolicy())
        .withArgs("-v=" + importer.verbosity())
        .withEnv(ImporterEnvironment.of(claim, settings))
        .addNewPort()
        .withName(ImporterPod.METRICS_PORT_NAME)
        .withContainerPort(ImporterPod.METRICS_PORT)
        .withProtocol("TCP")
        .endPort()
        .withResources(importer.resources())
        .withVolumeMounts(volumes.mounts)
        .withVolumeDevices(volumes.devices)
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .withSecurityContext(restricted())
        .build();
  }

  /** The container security context of every worker pod: unprivileged, nothing extra. */
  static SecurityContext restricted() {
    return new SecurityContextBuilder()
        .withAllowPrivilegeEscalation(false)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .withRunAsNonRoot(true)
        .withRunAsUser(ImporterPod.USER)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .build();
  }

  /** The labels of a worker pod of {@code component}: the PVC's, the installer's, CDI's own. */
  static Map<String, String> labels(
      PersistentVolumeClaim claim, CdiSettings settings, String component) {
    Map<String, String> labels = new TreeMap<>();
    if (claim.getMetadata().getLabels() != null) {
      labels.putAll(claim.getMetadata().getLabels());
    }
    labels.putAll(settings.installerLabels());
    labels.put(CdiLabels.MANAGED_BY, CdiLabels.CONTROLLER_NAME);
    labels.put(CdiLabels.RECOMMENDED_COMPONENT, CdiLabels.STORAGE_COMPONENT);
    labels.put(CdiLabels.APP, CdiLabels.APP_VALUE);
    labels.put(CdiLabels.COMPONENT, component);
    labels.remove(CdiLabels.KUBE_PVC_FILLING_UP_ALERT);
    return labels;
  }

  /** The controller reference a worker pod or scratch PVC carries to its owner. */
  static OwnerReference ownerReference(PersistentVolumeClaim claim) {
    return new OwnerReferenceBuilder()
        .withApiVersion("v1")
        .withKind("PersistentVolumeClaim")
        .withName(claim.getMetadata().getName())
        .withUid(claim.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
