package io.jvirt.api.v1.kubevirt;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Which images to run and how the cluster-wide KubeVirt configuration is set. */
@Data
public class KubeVirtSpec extends Extensible {
  private String imageTag;

  private String imageRegistry;

  private String imagePullPolicy;

  private List<LocalObjectReference> imagePullSecrets;

  private String monitorNamespace;

  private String serviceMonitorNamespace;

  private String monitorAccount;

  private WorkloadUpdateStrategy workloadUpdateStrategy;

  /** RemoveWorkloads or BlockUninstallIfWorkloadsExist. */
  private String uninstallStrategy;

  private String productName;

  private String productVersion;

  private String productComponent;

  private KubeVirtConfiguration configuration;
}
