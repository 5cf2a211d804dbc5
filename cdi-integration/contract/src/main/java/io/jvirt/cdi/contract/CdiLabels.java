package io.jvirt.cdi.contract;

/** Label keys and values CDI puts on the objects it creates (upstream pkg/common/common.go). */
public final class CdiLabels {
  /** On every CDI-created PVC and pod, value {@link #APP_VALUE}. */
  public static final String APP = "app";

  public static final String APP_VALUE = "containerized-data-importer";

  /** CDI's component label: {@link #IMPORTER} on importer pods. */
  public static final String COMPONENT = "cdi.kubevirt.io";

  public static final String IMPORTER = "importer";

  /** On worker pods that serve import or clone progress metrics, value {@code "true"}. */
  public static final String PROMETHEUS = "prometheus.cdi.kubevirt.io";

  /** On Filesystem PVCs, value {@code disabled}: imports fill them on purpose. */
  public static final String KUBE_PVC_FILLING_UP_ALERT =
      "alerts.k8s.io/KubePersistentVolumeFillingUp";

  public static final String KUBE_PVC_FILLING_UP_ALERT_VALUE = "disabled";

  /** On scratch PVCs, value {@code "true"}. */
  public static final String EXCLUDE_FROM_BACKUP = "velero.io/exclude-from-backup";

  /** Recommended labels. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  public static final String RECOMMENDED_COMPONENT = "app.kubernetes.io/component";

  /** {@link #MANAGED_BY} of objects the cdi-controller creates. */
  public static final String CONTROLLER_NAME = "cdi-controller";

  /** {@link #RECOMMENDED_COMPONENT} of PVCs and worker pods. */
  public static final String STORAGE_COMPONENT = "storage";

  /** On a DataVolume, {@code "true"}: let the PVC webhook render the claim. */
  public static final String APPLY_STORAGE_PROFILE = "cdi.kubevirt.io/applyStorageProfile";

  private CdiLabels() {}
}
