package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validity and matching of a Kubernetes label selector, with Kubernetes' semantics: a missing
 * selector selects nothing, an empty one selects everything.
 */
final class LabelSelectors {
  private LabelSelectors() {}

  /**
   * Why the selector cannot be evaluated, if it cannot; a missing selector is not a problem here.
   */
  static Optional<String> problem(LabelSelector selector) {
    if (selector == null) {
      return Optional.empty();
    }
    for (LabelSelectorRequirement requirement : VmiParts.orEmpty(selector.getMatchExpressions())) {
      Optional<String> problem = problem(requirement);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** Whether a valid selector selects an object with these labels. */
  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, String> actual = VmiParts.orEmpty(labels);
    for (Map.Entry<String, String> wanted :
        VmiParts.orEmpty(selector.getMatchLabels()).entrySet()) {
      if (!Objects.equals(wanted.getValue(), actual.get(wanted.getKey()))) {
        return false;
      }
    }
    return VmiParts.orEmpty(selector.getMatchExpressions()).stream()
        .allMatch(requirement -> matches(requirement, actual));
  }

  private static Optional<String> problem(LabelSelectorRequirement requirement) {
    List<String> values = VmiParts.orEmpty(requirement.getValues());
    String operator = String.valueOf(requirement.getOperator());
    switch (operator) {
      case "In", "NotIn" -> {
        return values.isEmpty()
            ? Optional.of("for 'in', 'notin' operators, values set can't be empty")
            : Optional.empty();
      }
      case "Exists", "DoesNotExist" -> {
        return values.isEmpty()
            ? Optional.empty()
            : Optional.of("values set must be empty for exists and does not exist");
      }
      default -> {
        return Optional.of("\"" + operator + "\" is not a valid label selector operator");
      }
    }
  }

  private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
    String value = labels.get(requirement.getKey());
    List<String> values = VmiParts.orEmpty(requirement.getValues());
    return switch (String.valueOf(requirement.getOperator())) {
      case "In" -> value != null && values.contains(value);
      case "NotIn" -> value == null || !values.contains(value);
      case "Exists" -> value != null;
      case "DoesNotExist" -> value == null;
      default -> false;
    };
  }
}
