package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A Flux {@code GitRepository} (source.toolkit.fluxcd.io/v1) following one branch. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record FluxGitRepository(String apiVersion, String kind, Meta metadata, Spec spec) {

  /** A GitRepository with the Flux group and kind. */
  FluxGitRepository(Meta metadata, Spec spec) {
    this("source.toolkit.fluxcd.io/v1", "GitRepository", metadata, spec);
  }

  /** Poll interval, URL and branch. */
  @JsonPropertyOrder({"interval", "url", "ref"})
  record Spec(String interval, String url, Ref ref) {}

  /** The branch followed. */
  record Ref(String branch) {}
}
