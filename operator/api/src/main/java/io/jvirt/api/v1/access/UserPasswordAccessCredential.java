package io.jvirt.api.v1.access;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Guest user passwords taken from a source and set in the guest by a propagation method. */
@Data
public class UserPasswordAccessCredential extends Extensible {
  @Required private UserPasswordAccessCredentialSource source;

  @Required private UserPasswordAccessCredentialPropagationMethod propagationMethod;
}
