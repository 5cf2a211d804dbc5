package io.jvirt.launcher.cloudinit.render;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.contract.LauncherPod;
import java.util.List;
import java.util.Objects;

/**
 * The mounted secrets whose SSH public keys go into a cloud-init datasource's metadata: those of
 * sshPublicKey credentials propagated by that datasource (noCloud for NoCloud, configDrive for
 * ConfigDrive), in spec order, each directory once.
 */
public final class PublicKeySecrets {
  private PublicKeySecrets() {}

  /** The directories virt-controller mounted those secrets at. */
  public static List<String> directories(VirtualMachineInstance vmi, CloudInitSource source) {
    List<AccessCredential> credentials = vmi.getSpec().getAccessCredentials();
    if (credentials == null) {
      return List.of();
    }
    return credentials.stream()
        .map(AccessCredential::getSshPublicKey)
        .filter(Objects::nonNull)
        .filter(key -> propagatedBy(key.getPropagationMethod(), source))
        .map(PublicKeySecrets::secretName)
        .filter(name -> name != null && !name.isEmpty())
        .map(LauncherPod::accessCredentialDir)
        .distinct()
        .toList();
  }

  private static boolean propagatedBy(
      SSHPublicKeyAccessCredentialPropagationMethod method, CloudInitSource source) {
    if (method == null) {
      return false;
    }
    return switch (source) {
      case NO_CLOUD -> method.getNoCloud() != null;
      case CONFIG_DRIVE -> method.getConfigDrive() != null;
    };
  }

  private static String secretName(SSHPublicKeyAccessCredential key) {
    return key.getSource() == null || key.getSource().getSecret() == null
        ? null
        : key.getSource().getSecret().getSecretName();
  }
}
