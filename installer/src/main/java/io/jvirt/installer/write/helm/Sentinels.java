package io.jvirt.installer.write.helm;

import io.jvirt.installer.model.InstallSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Settings made of sentinels, and the Helm actions that replace sentinels in rendered text. */
final class Sentinels {
  private Sentinels() {}

  /**
   * Settings whose scalars are sentinels; emulation off and no gates, so structure stays minimal
   * (the slots replace it anyway).
   */
  static InstallSettings settings() {
    return new InstallSettings(
        ChartValue.NAMESPACE.sentinel(),
        ChartValue.REGISTRY.sentinel(),
        ChartValue.TAG.sentinel(),
        false,
        List.of());
  }

  /** The values whose sentinel occurs in {@code text}. */
  static Set<ChartValue> valuesIn(String text) {
    Set<ChartValue> found = EnumSet.noneOf(ChartValue.class);
    for (ChartValue value : ChartValue.values()) {
      if (value.sentinel() != null && text.contains(value.sentinel())) {
        found.add(value);
      }
    }
    return found;
  }

  /** {@code text} with each sentinel replaced by its value, as the default {@code settings}. */
  static String resolve(String text, InstallSettings settings) {
    String resolved = text;
    for (ChartValue value : ChartValue.values()) {
      if (value.sentinel() != null) {
        resolved = resolved.replace(value.sentinel(), String.valueOf(value.valueIn(settings)));
      }
    }
    return resolved;
  }

  /**
   * The Helm action yielding {@code scalar} with its sentinels replaced by values, as one YAML
   * double-quoted scalar: {@code "@@jvirt.registry@@/x:@@jvirt.tag@@"} becomes {@code {{ print
   * .Values.image.registry "/x:" .Values.image.tag | quote }}}.
   */
  static String expression(String scalar) {
    List<String> operands = new ArrayList<>();
    int at = 0;
    boolean afterValue = false;
    for (Occurrence next = next(scalar, at); next != null; next = next(scalar, at)) {
      String literal = scalar.substring(at, next.index());
      // print puts a space between two adjacent non-string operands; a literal keeps them apart
      if (!literal.isEmpty() || afterValue) {
        operands.add(goString(literal));
      }
      operands.add(next.value().reference());
      afterValue = true;
      at = next.index() + next.value().sentinel().length();
    }
    if (operands.isEmpty()) {
      throw new IllegalArgumentException("no sentinel in '" + scalar + "'");
    }
    if (at < scalar.length()) {
      operands.add(goString(scalar.substring(at)));
    }
    String operand = operands.size() == 1 ? operands.get(0) : "print " + String.join(" ", operands);
    return "{{ " + operand + " | quote }}";
  }

  /** {@code text} with each sentinel replaced by its plain (unquoted) value, for NOTES.txt. */
  static String plain(String text) {
    String plain = text;
    for (ChartValue value : ChartValue.values()) {
      if (value.sentinel() != null) {
        plain = plain.replace(value.sentinel(), "{{ " + value.reference() + " }}");
      }
    }
    return plain;
  }

  /** Where the next sentinel starts in a text, and which value it stands for. */
  private record Occurrence(int index, ChartValue value) {}

  private static Occurrence next(String text, int from) {
    Occurrence first = null;
    for (ChartValue value : ChartValue.values()) {
      int index = value.sentinel() == null ? -1 : text.indexOf(value.sentinel(), from);
      if (index >= 0 && (first == null || index < first.index())) {
        first = new Occurrence(index, value);
      }
    }
    return first;
  }

  /** {@code text} as a Go string literal. */
  static String goString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 || c == 0x7f ? "\\u%04x".formatted((int) c) : c);
      }
    }
    return out.append('"').toString();
  }
}
