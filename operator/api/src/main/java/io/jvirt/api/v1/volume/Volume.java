package io.jvirt.api.v1.volume;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A named volume of a VMI; exactly one of its source fields says where the data comes from. */
@Data
public class Volume extends Extensible {
  @Required private String name;

  private ContainerDiskSource containerDisk;

  private CloudInitNoCloudSource cloudInitNoCloud;

  private CloudInitConfigDriveSource cloudInitConfigDrive;

  private PersistentVolumeClaimVolumeSource persistentVolumeClaim;

  private DataVolumeVolumeSource dataVolume;

  private EmptyDiskSource emptyDisk;

  private EphemeralVolumeSource ephemeral;

  private HostDisk hostDisk;

  private ConfigMapVolumeSource configMap;

  private SecretVolumeSource secret;

  private ServiceAccountVolumeSource serviceAccount;
}
