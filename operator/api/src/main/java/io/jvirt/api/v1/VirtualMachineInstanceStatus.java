package io.jvirt.api.v1;

import io.jvirt.api.v1.domain.Machine;
import io.jvirt.api.v1.vmi.CPUTopology;
import io.jvirt.api.v1.vmi.GuestOSInfo;
import io.jvirt.api.v1.vmi.MemoryStatus;
import io.jvirt.api.v1.vmi.MigrationState;
import io.jvirt.api.v1.vmi.PhaseTransitionTimestamp;
import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import io.jvirt.api.v1.vmi.VolumeStatus;
import io.jvirt.common.model.Extensible;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** What virt-controller and virt-handler observed of a VirtualMachineInstance. */
@Data
public class VirtualMachineInstanceStatus extends Extensible {
  private String nodeName;

  private String reason;

  private List<Condition> conditions;

  private VirtualMachineInstancePhase phase;

  private List<PhaseTransitionTimestamp> phaseTransitionTimestamps;

  private List<VirtualMachineInstanceNetworkInterface> interfaces;

  private GuestOSInfo guestOSInfo;

  private MigrationState migrationState;

  /** BlockMigration or LiveMigration. */
  private String migrationMethod;

  private String migrationTransport;

  private String qosClass;

  private String launcherContainerImageVersion;

  private String evacuationNodeName;

  /** Launcher pod UID to node name, for every pod that ran this VMI. */
  private Map<String, String> activePods;

  private Machine machine;

  private String virtualMachineRevisionName;

  /** One entry per volume, sorted by name. */
  private List<VolumeStatus> volumeStatus;

  private MemoryStatus memory;

  private CPUTopology currentCPUTopology;

  /** Guest file systems' freeze state, from the guest agent. */
  private String fsFreezeStatus;

  private String selinuxContext;
}
