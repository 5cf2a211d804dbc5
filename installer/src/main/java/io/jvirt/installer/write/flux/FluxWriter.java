package io.jvirt.installer.write.flux;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.gitops.GitOpsPayload;
import io.jvirt.installer.write.gitops.GitOpsYaml;
import io.jvirt.installer.write.gitops.ObjectMetadata;
import io.jvirt.installer.write.gitops.PayloadUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The add-ons as Flux objects: a GitRepository, and per cluster a chain of Kustomizations, one per
 * unit, each depending on the previous one being healthy.
 */
public final class FluxWriter {
  /** Name of the GitRepository every Kustomization reads from. */
  public static final String SOURCE_NAME = "jvirt";

  /** Namespace of Flux's own objects. */
  public static final String FLUX_NAMESPACE = "flux-system";

  /** Clusters rendered when none are named. */
  public static final List<String> DEFAULT_CLUSTERS = List.of("default");

  /** Label naming the cluster a Kustomization was rendered for. */
  public static final String CLUSTER_LABEL = "jvirt.io/cluster";

  private FluxWriter() {}

  /**
   * File (relative to the rendering's root) to content: {@code units/}, {@code flux/source.yaml}
   * and {@code flux/clusters/<cluster>/jvirt.yaml} for each of {@code clusters}.
   */
  public static SortedMap<String, String> files(
      Profile profile, InstallSettings settings, GitRepo repo, List<String> clusters) {
    SortedMap<String, String> files = new TreeMap<>(GitOpsPayload.files(profile, settings));
    String header = GitOpsYaml.header(profile);
    files.put("flux/source.yaml", GitOpsYaml.write(header, List.of(source(repo))));
    String clusterHeader =
        header
            + "# Needs the GitRepository in ../../source.yaml; Flux on the cluster syncs this"
            + " folder.\n";
    for (String cluster : clusters.isEmpty() ? DEFAULT_CLUSTERS : clusters) {
      files.put(
          "flux/clusters/%s/jvirt.yaml".formatted(cluster),
          GitOpsYaml.write(clusterHeader, kustomizations(profile, settings, repo, cluster)));
    }
    return files;
  }

  /** The GitRepository {@code jvirt} following {@code repo}. */
  public static GitRepository source(GitRepo repo) {
    return new GitRepository(
        ObjectMetadata.of(SOURCE_NAME, FLUX_NAMESPACE),
        new GitRepository.Spec("5m", repo.url(), GitRepository.Ref.of(repo.revision())));
  }

  /** One Kustomization per unit, named after it, each depending on the one before. */
  public static List<Kustomization> kustomizations(
      Profile profile, InstallSettings settings, GitRepo repo, String cluster) {
    List<Kustomization> result = new ArrayList<>();
    String previous = null;
    for (PayloadUnit unit : GitOpsPayload.units(profile, settings)) {
      List<Kustomization.HealthCheckExpr> exprs = HealthExprs.forObjects(unit.objects());
      Kustomization.Spec spec =
          new Kustomization.Spec(
              previous == null ? List.of() : List.of(new Kustomization.Dependency(previous)),
              "10m",
              "1m",
              // the CRs wait for the operator to roll out every component, images pulled
              exprs.isEmpty() ? "10m" : "15m",
              new Kustomization.SourceRef("GitRepository", SOURCE_NAME),
              "./" + repo.under(unit.folder()),
              true,
              true,
              List.of(),
              exprs);
      ObjectMetadata metadata =
          ObjectMetadata.of(unit.name(), FLUX_NAMESPACE).withLabels(Map.of(CLUSTER_LABEL, cluster));
      result.add(new Kustomization(metadata, spec));
      previous = unit.name();
    }
    return result;
  }
}
