package io.jvirt.installer.write.gitops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The manifests Argo CD and Flux both deploy: one folder per unit ({@code
 * units/<NN>-<unit>/manifests.yaml}), annotated for both tools (sync waves, never-prune marks).
 */
public final class GitOpsPayload {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private GitOpsPayload() {}

  /** The units of {@code profile} in apply order, with their folders. */
  public static List<PayloadUnit> units(Profile profile, InstallSettings settings) {
    List<DeployUnit> units = Bundle.units(profile, settings);
    List<PayloadUnit> result = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      result.add(new PayloadUnit(i, units.get(i)));
    }
    return result;
  }

  /** File (relative to the rendering's root) to content, one per unit. */
  public static SortedMap<String, String> files(Profile profile, InstallSettings settings) {
    SortedMap<String, String> files = new TreeMap<>();
    String header = GitOpsYaml.header(profile);
    for (PayloadUnit unit : units(profile, settings)) {
      files.put(unit.file(), header + ManifestYaml.writeAll(annotated(unit)));
    }
    return files;
  }

  /** Copies of the unit's objects with the GitOps annotations (the model stays untouched). */
  static List<ObjectNode> annotated(PayloadUnit unit) {
    List<ObjectNode> copies = new ArrayList<>();
    for (HasMetadata object : unit.objects()) {
      ObjectNode copy = SERIALIZATION.convertValue(object, ObjectNode.class);
      GitOpsAnnotations.annotate(copy, unit.index());
      copies.add(copy);
    }
    return copies;
  }
}
