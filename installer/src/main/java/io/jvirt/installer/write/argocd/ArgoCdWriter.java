package io.jvirt.installer.write.argocd;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.GitOpsPayload;
import io.jvirt.installer.write.gitops.GitOpsYaml;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import io.jvirt.installer.write.gitops.PayloadUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The add-ons as Argo CD objects: one Application (single cluster), one ApplicationSet (every
 * cluster labelled for the profile), and the {@code argocd-cm} health checks they rely on.
 *
 * <p>One Application whose units are sync waves, not one Application per unit: Argo CD has no
 * ordering between Applications (app {@code dependsOn} is not released), and an app-of-apps needs
 * Application health restored in {@code argocd-cm}. Waves order within one sync and wait for each
 * wave to be Healthy, which the shipped KubeVirt/CDI health checks make mean {@code Deployed}.
 */
public final class ArgoCdWriter {
  /** Name of the single-cluster Application, and suffix of the generated ones. */
  public static final String APPLICATION_NAME = "jvirt";

  /** Label on Argo CD cluster Secrets selecting the clusters that get a profile. */
  public static final String PROFILE_LABEL = "jvirt.io/profile";

  /** The local cluster as Argo CD names it. */
  public static final String IN_CLUSTER = "https://kubernetes.default.svc";

  /** Sync options of every generated Application. */
  public static final List<String> SYNC_OPTIONS =
      List.of(
          // no last-applied-configuration (256 KiB limit; upstream's KubeVirt CRD is over it),
          // and field ownership shared with virt-api, which writes the caBundles
          "ServerSideApply=true",
          // the install namespace is in the payload, with its pod-security labels
          "CreateNamespace=false",
          "RespectIgnoreDifferences=true",
          "FailOnSharedResource=true");

  private ArgoCdWriter() {}

  /** File (relative to the rendering's root) to content: {@code units/} and {@code argocd/}. */
  public static SortedMap<String, String> files(
      Profile profile, InstallSettings settings, GitRepo repo) {
    SortedMap<String, String> files = new TreeMap<>(GitOpsPayload.files(profile, settings));
    String header = GitOpsYaml.header(profile);
    files.put(
        "argocd/application.yaml",
        GitOpsYaml.write(header, List.of(application(profile, settings, repo))));
    files.put(
        "argocd/applicationset.yaml",
        GitOpsYaml.write(header, List.of(applicationSet(profile, settings, repo))));
    files.put(
        "argocd/argocd-cm-health.yaml",
        GitOpsYaml.write(
            header
                + "# Merge into Argo CD's settings before syncing the Applications:\n"
                + "#   kubectl apply --server-side -f argocd-cm-health.yaml\n",
            List.of(HealthChecks.configMapPatch())));
    return files;
  }

  /** The Application deploying every unit to the cluster Argo CD runs in. */
  public static Application application(Profile profile, InstallSettings settings, GitRepo repo) {
    ObjectMetadata metadata =
        ObjectMetadata.of(APPLICATION_NAME, HealthChecks.ARGOCD_NAMESPACE)
            .withLabels(Map.of(PROFILE_LABEL, profile.slug()));
    return new Application(metadata, spec(settings, repo, IN_CLUSTER));
  }

  /** The ApplicationSet deploying every unit to each cluster labelled for {@code profile}. */
  public static ApplicationSet applicationSet(
      Profile profile, InstallSettings settings, GitRepo repo) {
    ObjectMetadata metadata = ObjectMetadata.of(APPLICATION_NAME, HealthChecks.ARGOCD_NAMESPACE);
    // nameNormalized: cluster names may hold characters Application names may not
    ObjectMetadata template =
        new ObjectMetadata(
            "{{.nameNormalized}}-" + APPLICATION_NAME,
            HealthChecks.ARGOCD_NAMESPACE,
            Map.of(PROFILE_LABEL, profile.slug()),
            Map.of());
    ApplicationSet.Generator clusters =
        new ApplicationSet.Generator(
            new ApplicationSet.Clusters(
                new ApplicationSet.Selector(Map.of(PROFILE_LABEL, profile.slug()))));
    return new ApplicationSet(
        metadata,
        new ApplicationSet.Spec(
            true,
            List.of("missingkey=error"),
            List.of(clusters),
            new ApplicationSet.Template(template, spec(settings, repo, "{{.server}}"))));
  }

  private static Application.Spec spec(InstallSettings settings, GitRepo repo, String server) {
    Application.Source source =
        new Application.Source(
            repo.url(),
            repo.revision(),
            repo.under(PayloadUnit.ROOT),
            new Application.Directory(true));
    Application.SyncPolicy policy =
        new Application.SyncPolicy(
            new Application.Automated(true, true),
            SYNC_OPTIONS,
            new Application.Retry(10, new Application.Backoff("10s", 2, "5m")));
    return new Application.Spec(
        "default",
        source,
        new Application.Destination(server, settings.namespace()),
        policy,
        ignoreDifferences());
  }

  /** The caBundles virt-api writes into its registrations at runtime (and on CA rotation). */
  static List<Application.IgnoreDifference> ignoreDifferences() {
    List<String> webhookCa = List.of(".webhooks[]?.clientConfig.caBundle");
    return List.of(
        new Application.IgnoreDifference(
            "admissionregistration.k8s.io", "MutatingWebhookConfiguration", List.of(), webhookCa),
        new Application.IgnoreDifference(
            "admissionregistration.k8s.io", "ValidatingWebhookConfiguration", List.of(), webhookCa),
        new Application.IgnoreDifference(
            "apiregistration.k8s.io", "APIService", List.of("/spec/caBundle"), List.of()));
  }
}
