package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Cluster-wide CDI settings as an administrator asks for them. */
@Data
public class CDIConfigSpec extends Extensible {
  private String uploadProxyURLOverride;

  private ImportProxy importProxy;

  /** Hosts whose registry is reached without TLS verification. */
  private List<String> insecureRegistries;

  private String scratchSpaceStorageClass;

  private FilesystemOverhead filesystemOverhead;

  /** Default for DataVolumes that do not set preallocation themselves. */
  private Boolean preallocation;

  /**
   * {@code Enabled} (default) or {@code Disabled}. A string because the CRD does not restrict it.
   */
  private String webhookPvcRendering;

  /** Requests and limits of importer, cloner and uploader pods. */
  private ResourceRequirements podResourceRequirements;

  private List<LocalObjectReference> imagePullSecrets;

  private Integer logVerbosity;

  private List<String> featureGates;

  /** Deprecated upstream and ignored; kept so manifests that set it still round-trip. */
  private Integer dataVolumeTTLSeconds;
}
