package io.jvirt.testing;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

/** Small pods of the cluster's own busybox image, for tests that need something running. */
public final class Pods {
  /** The busybox image hack/cluster builds and loads into the node. */
  public static final String BUSYBOX = "localhost/jvirt/busybox:1";

  private Pods() {}

  /** A pod running {@code script} with sh, never restarted, killed at once on deletion. */
  public static Pod busybox(String name, String script) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Never")
        .withTerminationGracePeriodSeconds(0L)
        .addNewContainer()
        .withName(name)
        .withImage(BUSYBOX)
        .withImagePullPolicy("Never")
        .withCommand("sh", "-c", script)
        .endContainer()
        .endSpec()
        .build();
  }
}
