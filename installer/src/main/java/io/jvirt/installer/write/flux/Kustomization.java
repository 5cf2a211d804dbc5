package io.jvirt.installer.write.flux;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import java.util.List;

/** A Flux {@code kustomize.toolkit.fluxcd.io/v1 Kustomization}: one folder applied as a unit. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Kustomization(String apiVersion, String kind, ObjectMetadata metadata, Spec spec) {
  /** Group and version of Flux's kustomize API. */
  public static final String API_VERSION = "kustomize.toolkit.fluxcd.io/v1";

  /** A Kustomization with Flux's group and kind. */
  public Kustomization(ObjectMetadata metadata, Spec spec) {
    this(API_VERSION, "Kustomization", metadata, spec);
  }

  /**
   * Ordering, timing, source, pruning and health gating. Null fields and empty lists are left out,
   * so a Spec also serves as a kustomize patch that sets only some fields.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "dependsOn",
    "interval",
    "retryInterval",
    "timeout",
    "sourceRef",
    "path",
    "prune",
    "wait",
    "healthChecks",
    "healthCheckExprs"
  })
  public record Spec(
      List<Dependency> dependsOn,
      String interval,
      String retryInterval,
      String timeout,
      SourceRef sourceRef,
      String path,
      Boolean prune,
      // "wait" would clash with Object.wait()
      @JsonProperty("wait") Boolean waitForAll,
      List<ObjectRef> healthChecks,
      List<HealthCheckExpr> healthCheckExprs) {

    /** Immutable copy. */
    public Spec {
      dependsOn = List.copyOf(dependsOn);
      healthChecks = List.copyOf(healthChecks);
      healthCheckExprs = List.copyOf(healthCheckExprs);
    }
  }

  /** Another Kustomization (same namespace) that must be Ready first. */
  public record Dependency(String name) {}

  /** The source object the path is read from. */
  @JsonPropertyOrder({"kind", "name"})
  public record SourceRef(String kind, String name) {}

  /** An object whose health gates readiness; Flux checks these only when {@code wait} is false. */
  @JsonPropertyOrder({"apiVersion", "kind", "name", "namespace"})
  public record ObjectRef(String apiVersion, String kind, String name, String namespace) {}

  /**
   * CEL health of a custom resource kind. Flux evaluates inProgress, failed, then current, with the
   * object's top-level fields ({@code metadata}, {@code spec}, {@code status}) as variables.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"apiVersion", "kind", "inProgress", "failed", "current"})
  public record HealthCheckExpr(
      String apiVersion, String kind, String inProgress, String failed, String current) {}
}
