package io.jvirt.installer.write.helm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.installer.model.InstallSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The files around a chart's templates: Chart.yaml, values.yaml and NOTES.txt. */
final class ChartMetadata {
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "kubevirt-operator",
          "jvirt's KubeVirt side: namespace, CRDs, RBAC, virt-controller, virt-api, virt-handler,"
              + " webhooks and API services.",
          "kubevirt-cr",
          "The KubeVirt CR: image registry and tag, emulation and feature gates.",
          "cdi-operator",
          "The CRDs of jvirt's DataVolume import side (CDI).",
          "cdi-cr",
          "The CDI CR.");
  private static final int WIDTH = 100;

  private ChartMetadata() {}

  /**
   * Chart.yaml of unit {@code order.get(index)}: versioned by the image tag, annotated with its
   * place in the apply order (each chart installs once the one before it is ready).
   */
  static String chart(List<String> order, int index, InstallSettings settings) {
    String name = order.get(index);
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("jvirt.io/apply-order", String.valueOf(index + 1));
    if (index > 0) {
      annotations.put("jvirt.io/install-after", order.get(index - 1));
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("apiVersion", "v2");
    chart.put("name", name);
    chart.put("description", DESCRIPTIONS.getOrDefault(name, "jvirt's " + name + " objects."));
    chart.put("type", "application");
    chart.put("version", settings.tag());
    chart.put("appVersion", settings.tag());
    chart.put("annotations", annotations);
    return ManifestYaml.write(chart);
  }

  /** values.yaml of chart {@code name} reading {@code used}, defaults from {@code settings}. */
  static String values(String name, Set<ChartValue> used, InstallSettings settings) {
    if (used.isEmpty()) {
      return comment("Chart " + name + " has no values: it renders the same objects everywhere.");
    }
    StringBuilder out = new StringBuilder();
    out.append(
        comment("Values of chart " + name + "; the defaults render what addons/yaml holds."));
    Map<String, List<ChartValue>> groups = new LinkedHashMap<>();
    for (ChartValue value : ChartValue.values()) {
      if (used.contains(value)) {
        groups.computeIfAbsent(value.path().split("\\.")[0], k -> new ArrayList<>()).add(value);
      }
    }
    for (Map.Entry<String, List<ChartValue>> group : groups.entrySet()) {
      out.append('\n');
      Map<String, Object> nested = new LinkedHashMap<>();
      for (ChartValue value : group.getValue()) {
        out.append(comment(value.path() + ": " + value.description()));
        String[] path = value.path().split("\\.", 2);
        if (path.length == 1) {
          nested.put(path[0], value.valueIn(settings));
        } else {
          @SuppressWarnings("unchecked")
          Map<String, Object> child =
              (Map<String, Object>) nested.computeIfAbsent(path[0], k -> new LinkedHashMap<>());
          child.put(path[1], value.valueIn(settings));
        }
      }
      out.append(ManifestYaml.write(nested));
    }
    return out.toString();
  }

  /**
   * NOTES.txt for a unit with workloads: how to wait for them before installing the next chart;
   * empty when the unit has none.
   */
  static String notes(String name, List<HasMetadata> objects) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata object : objects) {
      if (object.getKind().equals("Deployment") || object.getKind().equals("DaemonSet")) {
        out.append(
            "  kubectl -n %s rollout status %s/%s\n"
                .formatted(
                    object.getMetadata().getNamespace(),
                    object.getKind().toLowerCase(Locale.ROOT),
                    object.getMetadata().getName()));
      }
    }
    if (out.isEmpty()) {
      return "";
    }
    return Sentinels.plain(
        "%s {{ .Chart.AppVersion }} is installed. Wait for it before installing the next chart:\n%s"
            .formatted(name, out));
  }

  /** {@code text} as YAML comment lines of at most {@link #WIDTH} columns. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder("#");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH && line.length() > 1) {
        out.append(line).append('\n');
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    return out.append(line).append('\n').toString();
  }
}
