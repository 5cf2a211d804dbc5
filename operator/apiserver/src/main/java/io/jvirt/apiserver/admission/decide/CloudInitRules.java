package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.volume.CloudInitConfigDriveSource;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.Volume;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Upstream's cloud-init rules: one user-data source, valid base64, and at most 2048 bytes inline
 * (larger data belongs in a Secret), for both NoCloud and ConfigDrive.
 */
final class CloudInitRules {
  /** Upstream's limit on inline user data and network data. */
  static final int MAX_INLINE_BYTES = 2048;

  private CloudInitRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    List<Volume> volumes = VmiParts.volumes(spec);
    for (int i = 0; i < volumes.size(); i++) {
      String volume = prefix + "volumes[" + i + "]";
      CloudInitNoCloudSource noCloud = volumes.get(i).getCloudInitNoCloud();
      if (noCloud != null) {
        errors.addAll(
            check(
                new Sources(
                    volume + ".cloudInitNoCloud",
                    noCloud.getUserData(),
                    noCloud.getUserDataBase64(),
                    noCloud.getSecretRef(),
                    noCloud.getNetworkData(),
                    noCloud.getNetworkDataBase64(),
                    noCloud.getNetworkDataSecretRef())));
      }
      CloudInitConfigDriveSource configDrive = volumes.get(i).getCloudInitConfigDrive();
      if (configDrive != null) {
        errors.addAll(
            check(
                new Sources(
                    volume + ".cloudInitConfigDrive",
                    configDrive.getUserData(),
                    configDrive.getUserDataBase64(),
                    configDrive.getSecretRef(),
                    configDrive.getNetworkData(),
                    configDrive.getNetworkDataBase64(),
                    configDrive.getNetworkDataSecretRef())));
      }
    }
    return errors;
  }

  private static List<FieldError> check(Sources s) {
    List<FieldError> errors = new ArrayList<>();
    int userCount = count(s.userData(), s.userDataBase64(), s.secretRef());
    int userBytes = inlineBytes(errors, s, s.userData(), s.userDataBase64(), "userDataBase64");
    if (userCount > 1) {
      errors.add(new FieldError(s.field(), s.field() + " must have only one userdatasource set."));
    }
    if (userBytes > MAX_INLINE_BYTES) {
      errors.add(
          new FieldError(
              s.field(),
              s.field()
                  + " userdata exceeds "
                  + MAX_INLINE_BYTES
                  + " byte limit. Should use UserDataSecretRef for larger data."));
    }
    int networkCount = count(s.networkData(), s.networkDataBase64(), s.networkDataSecretRef());
    int networkBytes =
        inlineBytes(errors, s, s.networkData(), s.networkDataBase64(), "networkDataBase64");
    if (userCount == 0 && networkCount == 0) {
      errors.add(
          new FieldError(
              s.field(),
              s.field() + " should have at least one userdatasource or networkdatasource set."));
    }
    if (networkCount > 1) {
      errors.add(
          new FieldError(s.field(), s.field() + " must have only one networkdata source set."));
    }
    if (networkBytes > MAX_INLINE_BYTES) {
      errors.add(
          new FieldError(
              s.field(),
              s.field()
                  + " networkdata exceeds "
                  + MAX_INLINE_BYTES
                  + " byte limit. Should use NetworkDataSecretRef for larger data."));
    }
    return errors;
  }

  private static int count(String text, String base64, LocalObjectReference secret) {
    int count = 0;
    count += text == null || text.isEmpty() ? 0 : 1;
    count += base64 == null || base64.isEmpty() ? 0 : 1;
    count += secret == null || secret.getName() == null || secret.getName().isEmpty() ? 0 : 1;
    return count;
  }

  private static int inlineBytes(
      List<FieldError> errors, Sources s, String text, String base64, String base64Field) {
    int bytes = text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    if (base64 != null && !base64.isEmpty()) {
      try {
        bytes = Math.max(bytes, Base64.getDecoder().decode(base64).length);
      } catch (IllegalArgumentException e) {
        String field = s.field() + "." + base64Field;
        errors.add(new FieldError(field, field + " is not a valid base64 value."));
      }
    }
    return bytes;
  }

  /** One cloud-init volume's data sources, with the field they sit at. */
  private record Sources(
      String field,
      String userData,
      String userDataBase64,
      LocalObjectReference secretRef,
      String networkData,
      String networkDataBase64,
      LocalObjectReference networkDataSecretRef) {}
}
