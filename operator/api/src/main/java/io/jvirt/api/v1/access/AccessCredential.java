package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** One credential for remote access to the guest: exactly one of its two kinds is set. */
@Data
public class AccessCredential extends Extensible {
  private SSHPublicKeyAccessCredential sshPublicKey;

  private UserPasswordAccessCredential userPassword;
}
