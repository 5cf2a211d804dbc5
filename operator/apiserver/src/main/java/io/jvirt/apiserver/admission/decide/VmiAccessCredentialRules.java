package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.access.AccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredential;
import io.jvirt.api.v1.access.SSHPublicKeyAccessCredentialPropagationMethod;
import io.jvirt.api.v1.access.UserPasswordAccessCredential;
import io.jvirt.api.v1.volume.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Rules on spec.accessCredentials (upstream's validateAccessCredentials): one credential kind per
 * entry, with one source and one propagation method, and the cloud-init volume its method needs.
 */
final class VmiAccessCredentialRules {
  private VmiAccessCredentialRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<AccessCredential> credentials =
        spec == null ? List.of() : VmiParts.orEmpty(spec.getAccessCredentials());
    List<Volume> volumes = VmiParts.volumes(spec);
    boolean noCloud = volumes.stream().anyMatch(v -> v.getCloudInitNoCloud() != null);
    boolean configDrive = volumes.stream().anyMatch(v -> v.getCloudInitConfigDrive() != null);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < credentials.size(); i++) {
      AccessCredential credential = credentials.get(i);
      String path = prefix + "accessCredentials[" + i + "]";
      int kinds = 0;
      if (credential.getSshPublicKey() != null) {
        kinds++;
        errors.addAll(sshPublicKey(credential.getSshPublicKey(), path, noCloud, configDrive));
      }
      if (credential.getUserPassword() != null) {
        kinds++;
        errors.addAll(userPassword(credential.getUserPassword(), path));
      }
      if (kinds != 1) {
        errors.add(
            new FieldError(path, path + " must have exactly one access credential type set"));
      }
    }
    return errors;
  }

  private static List<FieldError> sshPublicKey(
      SSHPublicKeyAccessCredential key, String path, boolean noCloud, boolean configDrive) {
    List<FieldError> errors = new ArrayList<>();
    String methodField = path + ".sshPublicKey.propagationMethod";
    SSHPublicKeyAccessCredentialPropagationMethod method = key.getPropagationMethod();
    if (method == null) {
      method = new SSHPublicKeyAccessCredentialPropagationMethod();
    }
    if (method.getNoCloud() != null && !noCloud) {
      errors.add(
          new FieldError(
              methodField,
              path
                  + " requires a noCloud volume to exist when the noCloud propagationMethod is in"
                  + " use."));
    }
    if (method.getConfigDrive() != null && !configDrive) {
      errors.add(
          new FieldError(
              methodField,
              path
                  + " requires a configDrive volume to exist when the configDrive"
                  + " propagationMethod is in use."));
    }
    if (method.getQemuGuestAgent() != null
        && VmiParts.orEmpty(method.getQemuGuestAgent().getUsers()).isEmpty()) {
      errors.add(
          new FieldError(
              methodField + ".qemuGuestAgent.users",
              path + " requires at least one user to be present in the users list"));
    }
    boolean hasSecret = key.getSource() != null && key.getSource().getSecret() != null;
    errors.addAll(
        exactlyOne(
            path,
            ".sshPublicKey",
            hasSecret,
            count(method.getNoCloud(), method.getConfigDrive(), method.getQemuGuestAgent())));
    return errors;
  }

  private static List<FieldError> userPassword(UserPasswordAccessCredential password, String path) {
    boolean hasSecret = password.getSource() != null && password.getSource().getSecret() != null;
    long methods =
        password.getPropagationMethod() == null
            ? 0
            : count(password.getPropagationMethod().getQemuGuestAgent());
    return exactlyOne(path, ".userPassword", hasSecret, methods);
  }

  /** Secret is the only source upstream has, so "exactly one source" means "a secret". */
  private static List<FieldError> exactlyOne(
      String path, String kind, boolean hasSecret, long methods) {
    List<FieldError> errors = new ArrayList<>();
    if (!hasSecret) {
      errors.add(
          new FieldError(path + kind + ".source", path + " must have exactly one source set"));
    }
    if (methods != 1) {
      errors.add(
          new FieldError(
              path + kind + ".propagationMethod",
              path + " must have exactly one propagationMethod set"));
    }
    return errors;
  }

  private static long count(Object... methods) {
    return Stream.of(methods).filter(Objects::nonNull).count();
  }
}
