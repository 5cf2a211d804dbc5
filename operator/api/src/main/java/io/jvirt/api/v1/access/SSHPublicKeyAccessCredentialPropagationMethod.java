package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** How SSH public keys reach the guest: exactly one of the three is set. */
@Data
public class SSHPublicKeyAccessCredentialPropagationMethod extends Extensible {
  /** In the ConfigDrive meta_data.json public_keys; needs a cloudInitConfigDrive volume. */
  private ConfigDriveSSHPublicKeyAccessCredentialPropagation configDrive;

  /** In the NoCloud meta-data public-keys; needs a cloudInitNoCloud volume. */
  private NoCloudSSHPublicKeyAccessCredentialPropagation noCloud;

  /** Written by the guest agent into the users' authorized_keys while the guest runs. */
  private QemuGuestAgentSSHPublicKeyAccessCredentialPropagation qemuGuestAgent;
}
