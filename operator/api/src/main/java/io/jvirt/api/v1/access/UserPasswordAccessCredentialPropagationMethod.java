package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** How user passwords reach the guest; the guest agent is the only method upstream has. */
@Data
public class UserPasswordAccessCredentialPropagationMethod extends Extensible {
  private QemuGuestAgentUserPasswordAccessCredentialPropagation qemuGuestAgent;
}
