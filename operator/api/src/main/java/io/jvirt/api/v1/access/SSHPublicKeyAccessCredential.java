package io.jvirt.api.v1.access;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** SSH public keys taken from a source and put into the guest by a propagation method. */
@Data
public class SSHPublicKeyAccessCredential extends Extensible {
  @Required private SSHPublicKeyAccessCredentialSource source;

  @Required private SSHPublicKeyAccessCredentialPropagationMethod propagationMethod;
}
