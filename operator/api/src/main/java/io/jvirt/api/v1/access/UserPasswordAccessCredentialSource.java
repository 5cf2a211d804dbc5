package io.jvirt.api.v1.access;

import io.jvirt.common.model.Extensible;
import lombok.Data;

/** Where user passwords come from: a Secret mapping user names to passwords. */
@Data
public class UserPasswordAccessCredentialSource extends Extensible {
  private AccessCredentialSecretSource secret;
}
