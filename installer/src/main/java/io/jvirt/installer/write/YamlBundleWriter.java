package io.jvirt.installer.write;

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
 * The plain YAML bundle: one file per deployable unit, numbered in apply order, and {@code
 * bundle.yaml} with everything (CRDs before the resources that need them).
 */
public final class YamlBundleWriter {
  private YamlBundleWriter() {}

  /** File name (under the profile's folder) to content. */
  public static SortedMap<String, String> files(Profile profile, InstallSettings settings) {
    SortedMap<String, String> files = new TreeMap<>();
    String header = GeneratedHeader.of(profile);
    List<Object> all = new ArrayList<>();
    int index = 1;
    for (DeployUnit unit : Bundle.units(profile, settings)) {
      files.put(
          "%02d-%s.yaml".formatted(index++, unit.name()),
          header + ManifestYaml.writeAll(unit.objects()));
      all.addAll(unit.objects());
    }
    files.put("bundle.yaml", header + ManifestYaml.writeAll(all));
    return files;
  }
}
