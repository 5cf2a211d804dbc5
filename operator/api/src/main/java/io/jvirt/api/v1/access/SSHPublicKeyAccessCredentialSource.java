package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Where SSH public keys come from; a Secret is the only source upstream has. */
@Data
public class SSHPublicKeyAccessCredentialSource extends Extensible {
  private AccessCredentialSecretSource secret;
}
