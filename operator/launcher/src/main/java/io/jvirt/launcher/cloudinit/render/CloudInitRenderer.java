package io.jvirt.launcher.cloudinit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.CloudInitConfigDriveSource;
import io.jvirt.api.v1.volume.CloudInitNoCloudSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.domain.render.ConversionException;
import io.jvirt.launcher.domain.render.DiskPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders the first cloud-init volume of a VMI the way upstream's pkg/cloud-init does: NoCloud
 * {@code user-data}, {@code meta-data} (JSON with instance-id = firmware UUID and local-hostname)
 * and optional {@code network-config}; ConfigDrive {@code openstack/latest/user_data}, {@code
 * meta_data.json} (instance_id = name.namespace, hostname, uuid, public_keys) and optional {@code
 * network_data.json}.
 */
public final class CloudInitRenderer {
  static final String OPENSTACK = "openstack/latest/";
  static final int HOSTNAME_MAX = 63;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudInitRenderer() {}

  /** The ISO content of the VMI's first cloud-init volume; empty when it has none. */
  public static Optional<CloudInitData> render(
      VirtualMachineInstance vmi, CloudInitSecrets secrets) {
    List<Volume> volumes =
        vmi.getSpec().getVolumes() == null ? List.of() : vmi.getSpec().getVolumes();
    for (int i = 0; i < volumes.size(); i++) {
      Volume volume = volumes.get(i);
      String field = "spec.volumes[" + i + "]";
      if (volume.getCloudInitNoCloud() != null) {
        return Optional.of(noCloud(vmi, volume, field, secrets));
      }
      if (volume.getCloudInitConfigDrive() != null) {
        return Optional.of(configDrive(vmi, volume, field, secrets));
      }
    }
    return Optional.empty();
  }

  /**
   * The files, in order of preference, that hold a cloud-init volume's user data (first) and
   * network data (second) secret, as the launcher pod mounts them.
   */
  public static List<List<String>> secretFiles(String volumeName) {
    String dir = DiskPaths.secretSource(volumeName) + "/";
    return List.of(
        LauncherPod.CLOUD_INIT_USER_DATA_KEYS.stream().map(k -> dir + k).toList(),
        LauncherPod.CLOUD_INIT_NETWORK_DATA_KEYS.stream().map(k -> dir + k).toList());
  }

  /** The guest hostname: spec.hostname, else the VMI name up to its first dot, cut to 63. */
  static String hostname(VirtualMachineInstance vmi) {
    String hostname = vmi.getSpec().getHostname();
    if (hostname != null && !hostname.isEmpty()) {
      return hostname;
    }
    String name = vmi.getMetadata().getName();
    int dot = name.indexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    return base.length() > HOSTNAME_MAX ? base.substring(0, HOSTNAME_MAX) : base;
  }

  private static CloudInitData noCloud(
      VirtualMachineInstance vmi, Volume volume, String field, CloudInitSecrets secrets) {
    CloudInitNoCloudSource source = volume.getCloudInitNoCloud();
    String prefix = field + ".cloudInitNoCloud.";
    Data data =
        data(
            prefix,
            secrets,
            source.getUserData(),
            source.getUserDataBase64(),
            source.getNetworkData(),
            source.getNetworkDataBase64());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("instance-id", firmwareUuid(vmi));
    meta.put("local-hostname", hostname(vmi));
    if (!secrets.publicKeys().isEmpty()) {
      meta.put("public-keys", secrets.publicKeys());
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("user-data", utf8(data.user()));
    files.put("meta-data", utf8(json(meta)));
    if (!data.network().isEmpty()) {
      files.put("network-config", utf8(data.network()));
    }
    return new CloudInitData(volume.getName(), CloudInitSource.NO_CLOUD, files);
  }

  private static CloudInitData configDrive(
      VirtualMachineInstance vmi, Volume volume, String field, CloudInitSecrets secrets) {
    CloudInitConfigDriveSource source = volume.getCloudInitConfigDrive();
    String prefix = field + ".cloudInitConfigDrive.";
    Data data =
        data(
            prefix,
            secrets,
            source.getUserData(),
            source.getUserDataBase64(),
            source.getNetworkData(),
            source.getNetworkDataBase64());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("instance_id", vmi.getMetadata().getName() + "." + vmi.getMetadata().getNamespace());
    meta.put("hostname", hostname(vmi));
    meta.put("uuid", firmwareUuid(vmi));
    if (!secrets.publicKeys().isEmpty()) {
      meta.put("public_keys", secrets.publicKeys());
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(OPENSTACK + "user_data", utf8(data.user()));
    files.put(OPENSTACK + "meta_data.json", utf8(json(meta)));
    if (!data.network().isEmpty()) {
      files.put(OPENSTACK + "network_data.json", utf8(data.network()));
    }
    return new CloudInitData(volume.getName(), CloudInitSource.CONFIG_DRIVE, files);
  }

  /** User and network data; a secret's content wins over the inline fields, as upstream. */
  private static Data data(
      String prefix,
      CloudInitSecrets secrets,
      String userData,
      String userDataBase64,
      String networkData,
      String networkDataBase64) {
    String user =
        firstNonEmpty(
            secrets.userData(), userData, decode(userDataBase64, prefix + "userDataBase64"));
    String network =
        firstNonEmpty(
            secrets.networkData(),
            networkData,
            decode(networkDataBase64, prefix + "networkDataBase64"));
    if (user.isEmpty() && network.isEmpty()) {
      throw new ConversionException(
          List.of(prefix + "userData", prefix + "networkData"),
          prefix + "userData or networkData (inline, base64 or from a secret) is required");
    }
    return new Data(user, network);
  }

  /** User data and network data as text. */
  private record Data(String user, String network) {}

  private static String decode(String base64, String field) {
    if (base64 == null || base64.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ConversionException(field, "is not valid base64");
    }
  }

  private static String firstNonEmpty(String... values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        present.add(value);
      }
    }
    return present.isEmpty() ? "" : present.get(0);
  }

  /** Upstream makes up a random UUID without firmware; admission always sets one. */
  private static String firmwareUuid(VirtualMachineInstance vmi) {
    var firmware =
        vmi.getSpec().getDomain() == null ? null : vmi.getSpec().getDomain().getFirmware();
    if (firmware == null || firmware.getUuid() == null) {
      throw new ConversionException("spec.domain.firmware.uuid", "is required for cloud-init");
    }
    return firmware.getUuid();
  }

  private static String json(Map<String, Object> value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write cloud-init metadata", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
