package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Where Rafay deploys a namespace or workload: a label selector over cluster labels. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Placement(String selector) {
  /** Built-in per-cluster label of every Rafay cluster. */
  public static final String CLUSTER_NAME_LABEL = "rafay.dev/clusterName";

  /** Cluster names the committed examples use; users replace them with their own. */
  public static final List<String> PLACEHOLDER_CLUSTERS = List.of("cluster-1", "cluster-2");

  /** The clusters named {@code clusters}. */
  public static Placement clusters(List<String> clusters) {
    return new Placement(CLUSTER_NAME_LABEL + " in (" + String.join(",", clusters) + ")");
  }

  /** The placeholder clusters. */
  public static Placement placeholder() {
    return clusters(PLACEHOLDER_CLUSTERS);
  }
}
