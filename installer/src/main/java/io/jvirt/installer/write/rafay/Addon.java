package io.jvirt.installer.write.rafay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A Rafay add-on version ({@code infra.k8smgmt.io/v3 Addon}): one deployable unit of a blueprint.
 */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Addon(String apiVersion, String kind, Metadata metadata, Spec spec) {

  /** An add-on with the v3 group and kind. */
  public Addon(Metadata metadata, Spec spec) {
    this(RafayApi.INFRA, "Addon", metadata, spec);
  }

  /** Target namespace, version name and state, the artifact, and sharing. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"namespace", "version", "versionState", "artifact", "sharing"})
  public record Spec(
      String namespace, String version, String versionState, Artifact artifact, Sharing sharing) {}
}
