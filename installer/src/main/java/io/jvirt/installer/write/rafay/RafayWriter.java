package io.jvirt.installer.write.rafay;

import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.model.RafayDelivery;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import io.jvirt.installer.write.GeneratedHeader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Rafay rendering of a profile: one v3 Addon per unit the model delivers as an add-on (its YAML
 * under {@code payload/}), a Blueprint chaining them, the install Namespace, and one v3 Workload
 * per unit it delivers as a workload (CDI for profile {@code basic}, "Option 1" of the Rafay
 * recipe).
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
    List<DeployUnit> units = Bundle.rafayUnits(profile, settings);
    List<DeployUnit> addons = delivered(units, RafayDelivery.ADDON);
    List<DeployUnit> workloads = delivered(units, RafayDelivery.WORKLOAD);
    for (DeployUnit unit : addons) {
      String payload = header + ManifestYaml.writeAll(unit.objects());
      files.put(payloadPath(unit), payload);
      Addon addon = addon(unit, payload, settings, project, version);
      files.put("addons/" + unit.name() + ".addon.yaml", header + ManifestYaml.write(addon));
    }
    Blueprint blueprint = blueprint(profile, addons, project, version);
    files.put(
        "blueprints/" + blueprint.metadata().name() + ".blueprint.yaml",
        header + ManifestYaml.write(blueprint));
    RafayNamespace namespace =
        RafayNamespace.privileged(settings.namespace(), project, Placement.placeholder());
    files.put(
        "namespaces/" + settings.namespace() + ".namespace.yaml",
        header + ManifestYaml.write(namespace));
    for (int i = 0; i < workloads.size(); i++) {
      DeployUnit unit = workloads.get(i);
      String payload = header + ManifestYaml.writeAll(unit.objects());
      files.put(payloadPath(unit), payload);
      Workload workload =
          workload(unit, publishAfter(workloads, i), payload, settings, project, version);
      files.put(
          "workloads/" + unit.name() + ".workload.yaml", header + ManifestYaml.write(workload));
    }
    files.put(
        "README.md",
        RafayReadme.text(
            profile, settings, blueprint, names(addons), names(workloads), version, project));
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

  private static List<DeployUnit> delivered(List<DeployUnit> units, RafayDelivery delivery) {
    return units.stream().filter(u -> u.rafay() == delivery).toList();
  }

  /**
   * When to publish workload {@code index} of {@code workloads}: Rafay orders neither workloads
   * after the blueprint nor among themselves, so the description tells users.
   */
  static String publishAfter(List<DeployUnit> workloads, int index) {
    if (index > 0) {
      return "Publish after workload " + workloads.get(index - 1).name() + " is Ready.";
    }
    return workloads.size() > 1
        ? "Publish after the blueprint sync; " + workloads.get(1).name() + " follows."
        : "Publish after the blueprint sync.";
  }

  private static Workload workload(
      DeployUnit unit,
      String note,
      String payload,
      InstallSettings settings,
      String project,
      String version) {
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
