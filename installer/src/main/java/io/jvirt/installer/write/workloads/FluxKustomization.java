package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A Flux {@code Kustomization} (kustomize.toolkit.fluxcd.io/v1), or a patch of one. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record FluxKustomization(String apiVersion, String kind, Meta metadata, Spec spec) {

  /** A Kustomization with the Flux group and kind. */
  FluxKustomization(Meta metadata, Spec spec) {
    this("kustomize.toolkit.fluxcd.io/v1", "Kustomization", metadata, spec);
  }

  /** Timing, ordering, source and path, pruning and health gating. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "interval",
    "retryInterval",
    "timeout",
    "dependsOn",
    "sourceRef",
    "path",
    "prune",
    "wait",
    "healthChecks",
    "healthCheckExprs"
  })
  record Spec(
      String interval,
      String retryInterval,
      String timeout,
      List<Dependency> dependsOn,
      SourceRef sourceRef,
      String path,
      Boolean prune,
      @JsonProperty("wait") Boolean waitForAll,
      List<ObjectRef> healthChecks,
      List<HealthCheckExpr> healthCheckExprs) {}

  /** A Kustomization that must be Ready first. */
  record Dependency(String name) {}

  /** The source the path is read from. */
  @JsonPropertyOrder({"kind", "name"})
  record SourceRef(String kind, String name) {}

  /** One object whose health gates readiness. */
  @JsonPropertyOrder({"apiVersion", "kind", "name", "namespace"})
  record ObjectRef(String apiVersion, String kind, String name, String namespace) {}

  /** CEL telling Flux when objects of a kind are in progress, failed or current. */
  @JsonPropertyOrder({"apiVersion", "kind", "inProgress", "failed", "current"})
  record HealthCheckExpr(
      String apiVersion, String kind, String inProgress, String failed, String current) {}
}
