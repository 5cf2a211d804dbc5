package io.jvirt.api.v1.access;

import io.fabric8.generator.annotation.Required;
import io.jvirt.common.model.Extensible;
import lombok.Data;

/** A Secret of the VMI's namespace; each of its keys holds one credential. */
@Data
public class AccessCredentialSecretSource extends Extensible {
  @Required private String secretName;
}
