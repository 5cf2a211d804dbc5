package io.jvirt.api.v1.access;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import java.util.List;
import lombok.Data;

/** The guest users whose authorized_keys the guest agent keeps in step with the keys. */
@Data
public class QemuGuestAgentSSHPublicKeyAccessCredentialPropagation extends Extensible {
  /** A set upstream; admission requires at least one. */
  @Required private List<String> users;
}
