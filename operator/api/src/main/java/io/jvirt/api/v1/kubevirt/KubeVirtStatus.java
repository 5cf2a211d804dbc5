package io.jvirt.api.v1.kubevirt;

import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** Deployment progress of KubeVirt, as the operator reports it. */
@Data
public class KubeVirtStatus extends Extensible {
  private KubeVirtPhase phase;

  private List<KubeVirtCondition> conditions;

  private String operatorVersion;

  private String targetKubeVirtVersion;

  private String targetKubeVirtRegistry;

  private String targetDeploymentConfig;

  private String targetDeploymentID;

  private String observedKubeVirtVersion;

  private String observedKubeVirtRegistry;

  private String observedDeploymentConfig;

  private String observedDeploymentID;

  private Integer outdatedVirtualMachineInstanceWorkloads;

  private Long observedGeneration;

  private String defaultArchitecture;
}
