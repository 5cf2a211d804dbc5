package io.jvirt.cdi.contract;

import java.util.List;

/**
 * The host-assisted clone's source pod as cdi-controller renders it and the clone source program
 * finds it: it runs in the source PVC's namespace, reads the source disk and sends it to the
 * target's upload server.
 */
public final class CloneSource {
  /** The pod is named {@code <target PVC UID>-source-pod}. */
  public static final String NAME_SUFFIX = "-source-pod";

  /** The one container. */
  public static final String CONTAINER = "cdi-clone-source";

  /** The {@code cdi.kubevirt.io} label value of source pods. */
  public static final String LABEL = "cdi-clone-source";

  /** Arguments that make the importer image run the clone source. */
  public static final List<String> ARGS = List.of("clone-source");

  /** Where a Filesystem source PVC is mounted, read-only; the disk is {@code disk.img} in it. */
  public static final String MOUNT_DIR = "/var/run/cdi/clone/source";

  /** Where a Block source PVC appears. */
  public static final String BLOCK_DEVICE = "/dev/cdi-block-volume";

  /** The pod's volume name for the source PVC. */
  public static final String VOLUME = "cdi-clone-source";

  /**
   * Annotation on the source pod naming its target PVC, {@code <namespace>/<name>}: the pod lives
   * in another namespace, so no owner reference can lead back.
   */
  public static final String TARGET_ANNOTATION = "cdi.kubevirt.io/storage.clone.target";

  /** Environment: where to send the disk, {@code http://<upload pod IP>:8443/v1beta1/upload}. */
  public static final String ENV_UPLOAD_URL = "UPLOAD_URL";

  /** Environment: the UID labelling the progress metric (the target DataVolume's). */
  public static final String ENV_OWNER_UID = "OWNER_UID";

  /** The HTTP metrics port (as the importer's) and the progress counter it serves. */
  public static final int METRICS_PORT = 8443;

  public static final String PROGRESS_METRIC = "kubevirt_cdi_clone_progress_total";

  private CloneSource() {}

  /** The source pod's name for the target PVC with {@code targetUid}. */
  public static String podName(String targetUid) {
    return targetUid + NAME_SUFFIX;
  }
}
