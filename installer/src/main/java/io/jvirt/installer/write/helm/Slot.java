package io.jvirt.installer.write.helm;

import java.util.List;
import java.util.Set;

/**
 * A part of an object whose shape, not just a scalar, depends on values: the template computes it
 * in {@code prelude} and writes {@code yaml} (a Helm pipeline yielding YAML text) in its place.
 */
record Slot(String kind, String pointer, String prelude, String yaml, Set<ChartValue> values) {

  /**
   * The KubeVirt CR's developerConfiguration, built as KubeVirtResources builds it: {@code
   * useEmulation} only when emulating and {@code featureGates} only when there are some, so the
   * defaults render {@code {}}.
   */
  static final Slot DEVELOPER_CONFIGURATION =
      new Slot(
          "KubeVirt",
          "/spec/configuration/developerConfiguration",
          """
          {{- $developer := dict }}
          {{- if .Values.emulation }}
          {{- $_ := set $developer "useEmulation" true }}
          {{- end }}
          {{- with .Values.featureGates }}
          {{- $_ := set $developer "featureGates" . }}
          {{- end }}
          """,
          "toYaml $developer",
          Set.of(ChartValue.EMULATION, ChartValue.FEATURE_GATES));

  /** Every slot. */
  static final List<Slot> ALL = List.of(DEVELOPER_CONFIGURATION);

  /** The action replacing the slot's value, for a key starting at column {@code keyColumn}. */
  String action(int keyColumn) {
    return "{{- " + yaml + " | nindent " + (keyColumn + 2) + " }}";
  }
}
