package io.jvirt.installer.write.workloads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** An Argo CD {@code Application} (argoproj.io/v1alpha1), with the fields the VM apps use. */
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec"})
record ArgoApplication(String apiVersion, String kind, Meta metadata, Spec spec) {
  static final String API_VERSION = "argoproj.io/v1alpha1";

  /** An Application with the Argo CD group and kind. */
  ArgoApplication(Meta metadata, Spec spec) {
    this(API_VERSION, "Application", metadata, spec);
  }

  /** What to sync from where to where, how, and which live differences to ignore. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"project", "source", "destination", "syncPolicy", "ignoreDifferences"})
  record Spec(
      String project,
      Source source,
      Destination destination,
      SyncPolicy syncPolicy,
      List<IgnoreDifference> ignoreDifferences) {}

  /** A folder of plain manifests in a Git repository. */
  @JsonPropertyOrder({"repoURL", "targetRevision", "path"})
  record Source(String repoURL, String targetRevision, String path) {}

  /** The cluster (API server URL) and default namespace. */
  @JsonPropertyOrder({"server", "namespace"})
  record Destination(String server, String namespace) {}

  /** Automation, sync options, namespace labels and retries. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"automated", "syncOptions", "managedNamespaceMetadata", "retry"})
  record SyncPolicy(
      Automated automated,
      List<String> syncOptions,
      NamespaceMetadata managedNamespaceMetadata,
      Retry retry) {}

  /** Automatic sync, with pruning and reverting live edits. */
  @JsonPropertyOrder({"prune", "selfHeal"})
  record Automated(boolean prune, boolean selfHeal) {}

  /** Labels put on the namespace {@code CreateNamespace=true} creates. */
  record NamespaceMetadata(Map<String, String> labels) {}

  /** How often and how patiently a failed sync is retried. */
  @JsonPropertyOrder({"limit", "backoff"})
  record Retry(int limit, Backoff backoff) {}

  /** Exponential backoff between retries. */
  @JsonPropertyOrder({"duration", "factor", "maxDuration"})
  record Backoff(String duration, int factor, String maxDuration) {}

  /** Live fields of one kind Argo CD neither diffs nor overwrites. */
  @JsonPropertyOrder({"group", "kind", "jqPathExpressions"})
  record IgnoreDifference(String group, String kind, List<String> jqPathExpressions) {}
}
