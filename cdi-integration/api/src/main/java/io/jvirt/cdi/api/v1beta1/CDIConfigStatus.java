package io.jvirt.cdi.api.v1beta1;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** The CDI settings in effect, spec merged with defaults; what controllers actually read. */
@Data
public class CDIConfigStatus extends Extensible {
  /** The override, or the URL of the upload proxy's Ingress or Route. */
  private String uploadProxyURL;

  private String uploadProxyCA;

  private ImportProxy importProxy;

  private String scratchSpaceStorageClass;

  private ResourceRequirements defaultPodResourceRequirements;

  private FilesystemOverhead filesystemOverhead;

  private Boolean preallocation;

  private List<LocalObjectReference> imagePullSecrets;
}
