package io.jvirt.installer.write.workloads;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.write.rafay.RafayNamespace;
import java.util.List;
import java.util.Map;

/** The Argo CD objects that sync {@code manifests/}: one Application, or one per cluster. */
final class ArgoCdFiles {
  /** Namespace Argo CD runs in. */
  static final String ARGOCD_NAMESPACE = "argocd";

  /** Label on Argo CD cluster secrets that opts a cluster into the VM examples. */
  static final String CLUSTER_LABEL = "jvirt.io/vms";

  static final String APP_NAME = "jvirt-vms";

  /**
   * SkipDryRun: the VM CRDs are created by virt-operator, not by this sync (P2). ServerSideApply
   * and RespectIgnoreDifferences: sync never overwrites what jvirt's webhooks filled in (P5).
   */
  static final List<String> SYNC_OPTIONS =
      List.of(
          "SkipDryRunOnMissingResource=true",
          "ServerSideApply=true",
          "RespectIgnoreDifferences=true",
          "CreateNamespace=true");

  private ArgoCdFiles() {}

  /** The Application syncing the examples into the cluster Argo CD runs in. */
  static ArgoApplication application(GitRepo repo) {
    return new ArgoApplication(
        new Meta(APP_NAME, ARGOCD_NAMESPACE), spec(repo, "https://kubernetes.default.svc"));
  }

  /** One Application per cluster whose Argo CD secret is labelled {@code jvirt.io/vms=enabled}. */
  static ArgoApplicationSet applicationSet(GitRepo repo) {
    return new ArgoApplicationSet(
        new Meta(APP_NAME, ARGOCD_NAMESPACE),
        new ArgoApplicationSet.Spec(
            true,
            List.of("missingkey=error"),
            List.of(
                new ArgoApplicationSet.Generator(
                    new ArgoApplicationSet.Clusters(
                        new ArgoApplicationSet.Selector(Map.of(CLUSTER_LABEL, "enabled"))))),
            new ArgoApplicationSet.Template(
                new Meta("{{.nameNormalized}}-" + APP_NAME, null), spec(repo, "{{.server}}"))));
  }

  private static ArgoApplication.Spec spec(GitRepo repo, String server) {
    return new ArgoApplication.Spec(
        "default",
        new ArgoApplication.Source(repo.url(), repo.revision(), repo.under("manifests")),
        new ArgoApplication.Destination(server, ExampleWorkloads.NAMESPACE),
        new ArgoApplication.SyncPolicy(
            new ArgoApplication.Automated(true, true),
            SYNC_OPTIONS,
            new ArgoApplication.NamespaceMetadata(RafayNamespace.privilegedLabels()),
            new ArgoApplication.Retry(10, new ArgoApplication.Backoff("30s", 2, "5m"))),
        DriftFields.rules().stream()
            .map(
                r ->
                    new ArgoApplication.IgnoreDifference(
                        DriftFields.GROUP, r.kind(), r.jqPathExpressions()))
            .toList());
  }
}
