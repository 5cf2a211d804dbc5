package io.jvirt.api.labels;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSetSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Label selectors evaluated and printed as Kubernetes does: a null selector matches nothing, an
 * empty one everything, and an invalid one is an error rather than a match.
 */
public final class Selectors {
  private Selectors() {}

  /** True when {@code labels} (null means none) satisfy every requirement of a valid selector. */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null || validate(selector).isPresent()) {
      return false;
    }
    Map<String, String> present = labels == null ? Map.of() : labels;
    return requirements(selector).stream().allMatch(r -> r.matches(present));
  }

  /**
   * The selector as {@code kubectl} prints it: requirements sorted by key, {@code k=v}, {@code k in
   * (a,b)}, {@code k notin (a,b)}, {@code k}, {@code !k}, joined by commas; empty for a null or
   * empty selector.
   *
   * @throws IllegalArgumentException when the selector is invalid
   */
  public static String canonical(LabelSelector selector) {
    if (selector == null) {
      return "";
    }
    validate(selector)
        .ifPresent(
            error -> {
              throw new IllegalArgumentException(error);
            });
    List<String> parts = new ArrayList<>();
    for (Requirement requirement : requirements(selector)) {
      parts.add(requirement.print());
    }
    return String.join(",", parts);
  }

  /** Why the selector cannot be parsed (bad operator, values or label syntax), if it cannot. */
  public static Optional<String> validate(LabelSelector selector) {
    if (selector == null) {
      return Optional.empty();
    }
    Map<String, String> matchLabels = nullToEmpty(selector.getMatchLabels());
    for (Map.Entry<String, String> label : new TreeMap<>(matchLabels).entrySet()) {
      Optional<String> error =
          LabelSyntax.keyError(label.getKey())
              .or(() -> LabelSyntax.valueError(label.getKey(), label.getValue()));
      if (error.isPresent()) {
        return error;
      }
    }
    for (LabelSelectorRequirement expression : nullToEmpty(selector.getMatchExpressions())) {
      Optional<String> error = expressionError(expression);
      if (error.isPresent()) {
        return error;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the replica set is one the controller acts on: it has a template with labels and a
   * valid selector that matches those labels. Upstream ignores (and never requeues) any other.
   */
  public static boolean matchesTemplate(VirtualMachineInstanceReplicaSet rs) {
    VirtualMachineInstanceReplicaSetSpec spec = rs == null ? null : rs.getSpec();
    if (spec == null || spec.getTemplate() == null || spec.getSelector() == null) {
      return false;
    }
    Map<String, String> labels =
        spec.getTemplate().getMetadata() == null
            ? null
            : spec.getTemplate().getMetadata().getLabels();
    if (labels == null || labels.isEmpty()) {
      return false;
    }
    return matches(spec.getSelector(), labels);
  }

  private static Optional<String> expressionError(LabelSelectorRequirement expression) {
    String key = expression.getKey();
    Optional<String> keyError = LabelSyntax.keyError(key);
    if (keyError.isPresent()) {
      return keyError;
    }
    List<String> values = nullToEmpty(expression.getValues());
    Operator operator = Operator.of(expression.getOperator());
    if (operator == null) {
      return Optional.of(
          "\"" + expression.getOperator() + "\" is not a valid label selector operator");
    }
    if (operator.takesValues() && values.isEmpty()) {
      return Optional.of("for 'in', 'notin' operators, values set can't be empty");
    }
    if (!operator.takesValues() && !values.isEmpty()) {
      return Optional.of("values set must be empty for exists and does not exist");
    }
    for (String value : values) {
      Optional<String> valueError = LabelSyntax.valueError(key, value);
      if (valueError.isPresent()) {
        return valueError;
      }
    }
    return Optional.empty();
  }

  private static List<Requirement> requirements(LabelSelector selector) {
    List<Requirement> result = new ArrayList<>();
    new TreeMap<>(nullToEmpty(selector.getMatchLabels()))
        .forEach((key, value) -> result.add(new Requirement(key, Operator.EQUALS, List.of(value))));
    for (LabelSelectorRequirement expression : nullToEmpty(selector.getMatchExpressions())) {
      result.add(
          new Requirement(
              expression.getKey(),
              Operator.of(expression.getOperator()),
              List.copyOf(nullToEmpty(expression.getValues()))));
    }
    // stable: with a repeated key, match labels stay ahead of expressions, as upstream prints
    result.sort(Comparator.comparing(Requirement::key));
    return result;
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Map<String, String> nullToEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  /** The selector operators, with Equals standing for a match label. */
  private enum Operator {
    EQUALS,
    IN,
    NOT_IN,
    EXISTS,
    DOES_NOT_EXIST;

    static Operator of(String name) {
      if (name == null) {
        return null;
      }
      switch (name) {
        case "In":
          return IN;
        case "NotIn":
          return NOT_IN;
        case "Exists":
          return EXISTS;
        case "DoesNotExist":
          return DOES_NOT_EXIST;
        default:
          return null;
      }
    }

    boolean takesValues() {
      return this == EQUALS || this == IN || this == NOT_IN;
    }
  }

  /** One parsed requirement of a valid selector. */
  private record Requirement(String key, Operator operator, List<String> values) {
    boolean matches(Map<String, String> labels) {
      String value = labels.get(key);
      boolean has = labels.containsKey(key);
      switch (operator) {
        case EQUALS:
        case IN:
          return has && values.contains(value);
        case NOT_IN:
          return !has || !values.contains(value);
        case EXISTS:
          return has;
        default:
          return !has;
      }
    }

    String print() {
      switch (operator) {
        case EQUALS:
          return key + "=" + values.get(0);
        case IN:
          return key + " in (" + sortedValues() + ")";
        case NOT_IN:
          return key + " notin (" + sortedValues() + ")";
        case EXISTS:
          return key;
        default:
          return "!" + key;
      }
    }

    private String sortedValues() {
      return String.join(",", values.stream().sorted().toList());
    }
  }
}
