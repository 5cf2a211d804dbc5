package io.jvirt.api.v1.vmi;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.common.model.Extensible;
import java.util.List;
import java.util.Map;
import lombok.Data;

/**
 * Progress of the current or last live migration of a VMI, as kept in its status.
 *
 * <p>migrationConfiguration, sourceState and targetState are left unmodelled and kept as-is.
 */
@Data
public class MigrationState extends Extensible {
  private String startTimestamp;

  private String endTimestamp;

  private String sourceNode;

  private String sourcePod;

  private String targetNode;

  private String targetNodeAddress;

  private String targetPod;

  private String targetAttachmentPodUID;

  private Boolean targetNodeDomainDetected;

  private String targetNodeDomainReadyTimestamp;

  private Map<String, Integer> targetDirectMigrationNodePorts;

  private List<Integer> targetCPUSet;

  private String targetNodeTopology;

  private Quantity targetMemoryOverhead;

  private String sourcePersistentStatePVCName;

  private String targetPersistentStatePVCName;

  private Boolean completed;

  private Boolean failed;

  private Boolean abortRequested;

  private MigrationAbortStatus abortStatus;

  private String failureReason;

  /** UID of the VirtualMachineInstanceMigration; note the lower-case "Uid" upstream uses here. */
  private String migrationUid;

  private MigrationMode mode;

  private String migrationPolicyName;

  private MigrationNetworkType migrationNetworkType;
}
