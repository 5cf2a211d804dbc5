package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.util.Optional;

/**
 * The Kubernetes calls of {@code image-upload}: DataVolumes, PVCs, storage classes, the CDIConfig
 * and upload tokens. Every method throws {@link ApiException} when the server answers with an error
 * and {@link ConnectionFailedException} when it cannot be reached.
 */
public interface CdiClient {
  /** Reads a DataVolume; empty when it does not exist. */
  Optional<DataVolume> getDataVolume(String namespace, String name);

  /** Creates a DataVolume in its metadata's namespace. */
  DataVolume createDataVolume(DataVolume dataVolume);

  /** Reads a PVC; empty when it does not exist. */
  Optional<PersistentVolumeClaim> getClaim(String namespace, String name);

  /** Creates a PVC in its metadata's namespace. */
  PersistentVolumeClaim createClaim(PersistentVolumeClaim claim);

  /** Replaces a PVC (optimistic: its resourceVersion must be current). */
  PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim);

  /** Whether the cluster-scoped StorageClass exists. */
  boolean storageClassExists(String name);

  /** {@code status.uploadProxyURL} of the CDIConfig {@code config}; empty when unset or absent. */
  Optional<String> uploadProxyUrl();

  /** Creates an UploadTokenRequest for {@code claim} and returns {@code status.token}. */
  String uploadToken(String namespace, String claim);
}
