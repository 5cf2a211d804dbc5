package io.jvirt.api.v1.volume;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Cloud-init data served to the guest through the OpenStack config-drive datasource. */
@Data
public class CloudInitConfigDriveSource extends Extensible {
  private String userData;

  private String userDataBase64;

  /** Secret holding the user data; upstream names it secretRef, not userDataSecretRef. */
  private LocalObjectReference secretRef;

  private String networkData;

  private String networkDataBase64;

  private LocalObjectReference networkDataSecretRef;
}
