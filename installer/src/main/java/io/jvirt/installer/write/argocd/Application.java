package io.jvirt.installer.write.argocd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An Argo CD {@code argoproj.io/v1alpha1 Application}: one Git folder synced to one cluster. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
public record Application(String apiVersion, String kind, ObjectMetadata metadata, Spec spec) {
  /** Group and version of Argo CD's API. */
  public static final String API_VERSION = "argoproj.io/v1alpha1";

  /** An Application with Argo CD's group and kind. */
  public Application(ObjectMetadata metadata, Spec spec) {
    this(API_VERSION, "Application", metadata, spec);
  }

  /** Project, what to sync from where to where, and how. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"project", "source", "destination", "syncPolicy", "ignoreDifferences"})
  public record Spec(
      String project,
      Source source,
      Destination destination,
      SyncPolicy syncPolicy,
      List<IgnoreDifference> ignoreDifferences) {

    /** Immutable copy. */
    public Spec {
      ignoreDifferences = List.copyOf(ignoreDifferences);
    }
  }

  /** A folder of plain manifests in a Git repository at a revision. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"repoURL", "targetRevision", "path", "directory"})
  public record Source(String repoURL, String targetRevision, String path, Directory directory) {

    /** A folder read the default way (its files only, not its subfolders). */
    public Source(String repoURL, String targetRevision, String path) {
      this(repoURL, targetRevision, path, null);
    }
  }

  /** How a plain-manifest folder is read. */
  public record Directory(boolean recurse) {}

  /** The cluster (API server URL) and default namespace objects go to. */
  @JsonPropertyOrder({"server", "namespace"})
  public record Destination(String server, String namespace) {}

  /** Automation, sync options, labels of the namespace Argo CD creates, and retries. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"automated", "syncOptions", "managedNamespaceMetadata", "retry"})
  public record SyncPolicy(
      Automated automated,
      List<String> syncOptions,
      ManagedNamespaceMetadata managedNamespaceMetadata,
      Retry retry) {

    /** Immutable copy. */
    public SyncPolicy {
      syncOptions = List.copyOf(syncOptions);
    }

    /** A policy that leaves the namespace {@code CreateNamespace=true} creates unlabelled. */
    public SyncPolicy(Automated automated, List<String> syncOptions, Retry retry) {
      this(automated, syncOptions, null, retry);
    }
  }

  /** Labels put on the namespace {@code CreateNamespace=true} creates. */
  public record ManagedNamespaceMetadata(Map<String, String> labels) {

    /** Immutable copy; the labels keep their order. */
    public ManagedNamespaceMetadata {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
  }

  /** Sync on every change, delete what left Git, undo changes made outside Git. */
  @JsonPropertyOrder({"prune", "selfHeal"})
  public record Automated(boolean prune, boolean selfHeal) {}

  /** How often a failed sync is retried. */
  @JsonPropertyOrder({"limit", "backoff"})
  public record Retry(int limit, Backoff backoff) {}

  /** Exponential backoff between retries. */
  @JsonPropertyOrder({"duration", "factor", "maxDuration"})
  public record Backoff(String duration, int factor, String maxDuration) {}

  /** Fields of a kind whose live value differs from Git by design. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"group", "kind", "jsonPointers", "jqPathExpressions"})
  public record IgnoreDifference(
      String group, String kind, List<String> jsonPointers, List<String> jqPathExpressions) {

    /** Immutable copy. */
    public IgnoreDifference {
      jsonPointers = List.copyOf(jsonPointers);
      jqPathExpressions = List.copyOf(jqPathExpressions);
    }
  }
}
