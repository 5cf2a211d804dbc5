package io.jvirt.installer.install.decide;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spots a component pod that cannot start because its image is not there (not loaded on the node,
 * or a registry the node cannot reach), so an install fails in one line instead of timing out.
 */
public final class ImageProblems {
  private static final Set<String> REASONS =
      Set.of("ErrImagePull", "ImagePullBackOff", "ErrImageNeverPull", "InvalidImageName");

  private ImageProblems() {}

  /** The first image problem among {@code pods}, explained. */
  public static Optional<String> of(List<Pod> pods) {
    for (Pod pod : pods) {
      if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
        continue;
      }
      for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
        var waiting = container.getState() == null ? null : container.getState().getWaiting();
        if (waiting != null && REASONS.contains(waiting.getReason())) {
          return Optional.of(
              "image not present: "
                  + container.getImage()
                  + " on node "
                  + pod.getSpec().getNodeName()
                  + " ("
                  + waiting.getReason()
                  + "; load it into the node or pass --registry/--tag of images it can pull)");
        }
      }
    }
    return Optional.empty();
  }
}
