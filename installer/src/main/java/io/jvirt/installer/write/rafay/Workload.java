package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A Rafay workload ({@code apps.k8smgmt.io/v3 Workload}): YAML deployed to placed clusters. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Workload(String apiVersion, String kind, Metadata metadata, Spec spec) {

  /** A workload with the v3 group and kind. */
  public Workload(Metadata metadata, Spec spec) {
    this(RafayApi.APPS, "Workload", metadata, spec);
  }

  /** Target namespace, version name, placement, drift handling and the artifact. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"namespace", "version", "placement", "drift", "artifact"})
  public record Spec(
      String namespace, String version, Placement placement, Drift drift, Artifact artifact) {}
}
