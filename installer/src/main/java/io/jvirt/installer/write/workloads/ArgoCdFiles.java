package io.jvirt.installer.write.workloads;

import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.write.argocd.Application;
import io.jvirt.installer.write.argocd.ApplicationSet;
import io.jvirt.installer.write.argocd.ArgoCdWriter;
import io.jvirt.installer.write.argocd.HealthChecks;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import io.jvirt.installer.write.rafay.RafayNamespace;
import java.util.List;
import java.util.Map;

/** The Argo CD objects that sync {@code manifests/}: one Application, or one per cluster. */
final class ArgoCdFiles {
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
  static Application application(GitRepo repo) {
    return new Application(
        ObjectMetadata.of(APP_NAME, HealthChecks.ARGOCD_NAMESPACE),
        spec(repo, ArgoCdWriter.IN_CLUSTER));
  }

  /** One Application per cluster whose Argo CD secret is labelled {@code jvirt.io/vms=enabled}. */
  static ApplicationSet applicationSet(GitRepo repo) {
    return new ApplicationSet(
        ObjectMetadata.of(APP_NAME, HealthChecks.ARGOCD_NAMESPACE),
        new ApplicationSet.Spec(
            true,
            List.of("missingkey=error"),
            List.of(
                new ApplicationSet.Generator(
                    new ApplicationSet.Clusters(
                        new ApplicationSet.Selector(Map.of(CLUSTER_LABEL, "enabled"))))),
            new ApplicationSet.Template(
                ObjectMetadata.of("{{.nameNormalized}}-" + APP_NAME, null),
                spec(repo, "{{.server}}"))));
  }

  private static Application.Spec spec(GitRepo repo, String server) {
    return new Application.Spec(
        "default",
        new Application.Source(repo.url(), repo.revision(), repo.under("manifests")),
        new Application.Destination(server, ExampleWorkloads.NAMESPACE),
        new Application.SyncPolicy(
            new Application.Automated(true, true),
            SYNC_OPTIONS,
            new Application.ManagedNamespaceMetadata(RafayNamespace.privilegedLabels()),
            new Application.Retry(10, new Application.Backoff("30s", 2, "5m"))),
        DriftFields.rules().stream()
            .map(
                r ->
                    new Application.IgnoreDifference(
                        KubevirtGroup.GROUP, r.kind(), List.of(), r.jqPathExpressions()))
            .toList());
  }
}
