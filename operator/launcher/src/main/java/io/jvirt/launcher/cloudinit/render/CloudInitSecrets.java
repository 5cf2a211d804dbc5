package io.jvirt.launcher.cloudinit.render;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the launcher read from the files the pod mounts for the cloud-init volume: the {@code
 * secretRef} and {@code networkDataSecretRef} contents (see {@link CloudInitRenderer#secretFiles}),
 * and SSH public keys propagated through the datasource by accessCredentials.
 *
 * @param userData the user-data secret's content, null when there is no such secret
 * @param networkData the network-data secret's content, null when there is no such secret
 * @param publicKeys public keys by index ("0", "1", ...), as upstream numbers them
 */
public record CloudInitSecrets(
    String userData, String networkData, Map<String, String> publicKeys) {
  /** No secrets and no keys. */
  public static final CloudInitSecrets NONE = new CloudInitSecrets(null, null, Map.of());

  /** Sorts the keys, so the rendered metadata does not depend on map order. */
  public CloudInitSecrets {
    publicKeys = publicKeys == null ? Map.of() : new TreeMap<>(publicKeys);
  }
}
