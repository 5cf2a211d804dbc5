package io.jvirt.controller.vmi.render;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.AccessCredentialSecretSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets spec.accessCredentials names, each once, in spec order. Upstream renders one pod
 * volume per credential, so two credentials sharing a secret give a pod the API server refuses for
 * its duplicate volume name; jvirt mounts the secret once and both credentials read it.
 */
final class AccessCredentialSecrets {
  private AccessCredentialSecrets() {}

  static Set<String> of(VirtualMachineInstanceSpec spec) {
    Set<String> secrets = new LinkedHashSet<>();
    List<AccessCredential> credentials = spec.getAccessCredentials();
    for (AccessCredential credential :
        credentials == null ? List.<AccessCredential>of() : credentials) {
      AccessCredentialSecretSource secret = secret(credential);
      if (secret != null && secret.getSecretName() != null && !secret.getSecretName().isEmpty()) {
        secrets.add(secret.getSecretName());
      }
    }
    return secrets;
  }

  /** As upstream: an entry with both kinds (which admission refuses) counts as its SSH key. */
  private static AccessCredentialSecretSource secret(AccessCredential credential) {
    var key = credential.getSshPublicKey();
    if (key != null && key.getSource() != null && key.getSource().getSecret() != null) {
      return key.getSource().getSecret();
    }
    var password = credential.getUserPassword();
    return password == null || password.getSource() == null
        ? null
        : password.getSource().getSecret();
  }
}
