package io.jvirt.installer.write.helm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import io.jvirt.installer.write.GeneratedHeader;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Helm charts of an installation, one per deployable unit ({@code <unit>/Chart.yaml}, {@code
 * values.yaml}, {@code templates/}), rendered from the same model as the plain YAML bundle: with
 * their default values they template exactly what {@code YamlBundleWriter} writes.
 */
public final class HelmChartWriter {
  private static final String CRD_NOTE =
      ChartMetadata.comment(
          "In templates/, not crds/: Helm installs crds/ once and never upgrades them, and jvirt's"
              + " schemas change between versions.");

  private HelmChartWriter() {}

  /**
   * Path of each file (under {@code <unit>/}) to its content, for every unit of {@code profile}.
   */
  public static SortedMap<String, String> files(Profile profile, InstallSettings settings) {
    List<DeployUnit> units = Bundle.units(profile, Sentinels.settings());
    List<String> order = units.stream().map(DeployUnit::name).toList();
    SortedMap<String, String> files = new TreeMap<>();
    for (int index = 0; index < units.size(); index++) {
      files.putAll(chart(units.get(index), order, index, settings));
    }
    return files;
  }

  private static SortedMap<String, String> chart(
      DeployUnit unit, List<String> order, int index, InstallSettings settings) {
    String dir = unit.name() + "/";
    String header = GeneratedHeader.of("chart " + unit.name());
    SortedMap<String, String> files = new TreeMap<>();
    Set<ChartValue> used = EnumSet.noneOf(ChartValue.class);
    for (HasMetadata object : unit.objects()) {
      TemplateWriter.Template template = TemplateWriter.write(object);
      used.addAll(template.values());
      String note = object.getKind().equals("CustomResourceDefinition") ? CRD_NOTE : "";
      String path = dir + "templates/" + fileName(object, settings);
      if (files.put(path, header + note + template.text()) != null) {
        throw new IllegalStateException("two objects would share " + path);
      }
    }
    files.put(dir + "Chart.yaml", header + ChartMetadata.chart(order, index, settings));
    files.put(dir + "values.yaml", header + ChartMetadata.values(unit.name(), used, settings));
    String notes = ChartMetadata.notes(unit.name(), unit.objects());
    if (!notes.isEmpty()) {
      files.put(
          dir + "templates/NOTES.txt",
          GeneratedHeader.asTemplateComment("chart " + unit.name()) + notes);
    }
    return files;
  }

  /** {@code <kind>-<name>.yaml}, named as with {@code settings}, in portable characters. */
  private static String fileName(HasMetadata object, InstallSettings settings) {
    String name = Sentinels.resolve(object.getMetadata().getName(), settings);
    String base = (object.getKind() + "-" + name).toLowerCase(Locale.ROOT);
    return base.replaceAll("[^a-z0-9.-]", "-") + ".yaml";
  }
}
