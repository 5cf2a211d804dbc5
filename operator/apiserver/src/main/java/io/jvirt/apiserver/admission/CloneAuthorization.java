package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.authentication.UserInfo;
import java.util.Optional;

/**
 * Whether the author of a DataVolume (or of a VM's dataVolumeTemplate) may clone from another PVC:
 * upstream asks RBAC whether they may create {@code datavolumes/source} in the source namespace.
 */
public interface CloneAuthorization {
  /** Upstream's refusal for {@code user} cloning {@code namespace/name}, or empty if allowed. */
  Optional<String> refusal(UserInfo user, String namespace, String name);
}
