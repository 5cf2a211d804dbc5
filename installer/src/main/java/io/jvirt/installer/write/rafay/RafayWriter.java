package io.jvirt.installer.write.rafay;

import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import io.jvirt.installer.write.GeneratedHeader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Rafay rendering of a profile: one v3 Addon per deployable unit (its YAML under {@code
 * payload/}), a Blueprint chaining them, the install Namespace, and for profile {@code basic} CDI
 * as two workloads ("Option 1" of the original recipe).
 */
public final class RafayWriter {
  /** Payloads above this size cannot be applied client-side (last-applied annotation limit). */
  static final int CLIENT_SIDE_APPLY_LIMIT = 262_144;

  private RafayWriter() {}

  /**
   * Relative path (under the profile's folder) to content, for add-ons owned by {@code project}.
   */
  public static SortedMap<String, String> files(
      Profile profile, InstallSettings settings, String project) {
    SortedMap<String, String> files = new TreeMap<>();
    String header = GeneratedHeader.of(profile);
    String version = version(settings);
    List<DeployUnit> units = Bundle.units(profile, settings);
    for (DeployUnit unit : units) {
      String payload = header + ManifestYaml.writeAll(unit.objects());
      files.put(payloadPath(unit), payload);
      Addon addon = addon(unit, payload, settings, project, version);
      files.put("addons/" + unit.name() + ".addon.yaml", header + ManifestYaml.write(addon));
    }
    Blueprint blueprint = blueprint(profile, units, project, version);
    files.put(
        "blueprints/" + blueprint.metadata().name() + ".blueprint.yaml",
        header + ManifestYaml.write(blueprint));
    RafayNamespace namespace =
        RafayNamespace.privileged(settings.namespace(), project, Placement.placeholder());
    files.put(
        "namespaces/" + settings.namespace() + ".namespace.yaml",
        header + ManifestYaml.write(namespace));
    List<DeployUnit> cdiWorkloads = cdiWorkloads(profile, settings);
    for (DeployUnit unit : cdiWorkloads) {
      String payload = header + ManifestYaml.writeAll(unit.objects());
      files.put(payloadPath(unit), payload);
      Workload workload = cdiWorkload(unit, payload, settings, project, version);
      files.put(
          "workloads/" + unit.name() + ".workload.yaml", header + ManifestYaml.write(workload));
    }
    files.put(
        "README.md",
        RafayReadme.text(
            profile, settings, blueprint, names(units), names(cdiWorkloads), version, project));
    return files;
  }

  /** The name of the blueprint of {@code profile} ({@code kubevirt-basic-cdi}). */
  public static String blueprintName(Profile profile) {
    return "kubevirt-" + profile.slug();
  }

  /** Add-on and blueprint version name of an image tag: {@code 0.1.0} becomes {@code v0.1.0}. */
  public static String version(InstallSettings settings) {
    String tag = settings.tag();
    return !tag.isEmpty() && Character.isDigit(tag.charAt(0)) ? "v" + tag : tag;
  }

  private static String payloadPath(DeployUnit unit) {
    return "payload/" + unit.name() + ".yaml";
  }

  private static Addon addon(
      DeployUnit unit, String payload, InstallSettings settings, String project, String version) {
    return new Addon(
        Metadata.of(unit.name(), project),
        new Addon.Spec(
            settings.namespace(),
            version,
            RafayApi.ACTIVE,
            Artifact.uploadedYaml("../" + payloadPath(unit), options(payload)),
            Sharing.disabled()));
  }

  /**
   * Never {@code force}: it deletes and re-creates objects, and deleting a KubeVirt CRD deletes
   * every VM (P10). Large payloads (the KubeVirt CRD alone is several hundred KB) get more time.
   */
  static Artifact.Options options(String payload) {
    boolean large = payload.getBytes(StandardCharsets.UTF_8).length > CLIENT_SIDE_APPLY_LIMIT;
    return new Artifact.Options(false, null, large ? "10m0s" : "5m0s");
  }

  /** The blueprint of {@code units}: each add-on depends on the one before it. */
  static Blueprint blueprint(
      Profile profile, List<DeployUnit> units, String project, String version) {
    List<Blueprint.CustomAddon> addons = new ArrayList<>();
    String previous = null;
    for (DeployUnit unit : units) {
      addons.add(
          new Blueprint.CustomAddon(
              unit.name(), version, previous == null ? List.of() : List.of(previous)));
      previous = unit.name();
    }
    return new Blueprint(
        Metadata.of(blueprintName(profile), project),
        new Blueprint.Spec(
            version,
            RafayApi.ACTIVE,
            "custom",
            new Blueprint.Base("minimal", null),
            addons,
            Blueprint.DefaultAddons.none(),
            Drift.notifyOnly(),
            Sharing.disabled()));
  }

  /** Profile basic delivers CDI as workloads, cut exactly like the basic+cdi add-ons. */
  private static List<DeployUnit> cdiWorkloads(Profile profile, InstallSettings settings) {
    if (profile != Profile.BASIC) {
      return List.of();
    }
    return Bundle.units(Profile.BASIC_CDI, settings).stream()
        .filter(u -> u.name().startsWith("cdi-"))
        .toList();
  }

  private static Workload cdiWorkload(
      DeployUnit unit, String payload, InstallSettings settings, String project, String version) {
    String note =
        unit.name().equals("cdi-cr")
            ? "Publish after workload cdi-operator is Ready."
            : "Publish after the blueprint sync; cdi-cr follows.";
    return new Workload(
        Metadata.of(unit.name(), project).describedAs(note),
        new Workload.Spec(
            settings.namespace(),
            version,
            Placement.placeholder(),
            Drift.notifyOnly(),
            Artifact.uploadedYaml("../" + payloadPath(unit), options(payload))));
  }

  private static List<String> names(List<DeployUnit> units) {
    return units.stream().map(DeployUnit::name).toList();
  }
}
