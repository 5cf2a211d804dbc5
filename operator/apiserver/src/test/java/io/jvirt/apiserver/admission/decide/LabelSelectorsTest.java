package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label selectors are validated and matched with Kubernetes' semantics. */
class LabelSelectorsTest {
  private static final Map<String, String> LABELS = Map.of("tier", "web", "zone", "a");

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "tier, In, web|api, true",
    "tier, In, api, false",
    "tier, NotIn, api, true",
    "tier, NotIn, web, false",
    "owner, NotIn, web, true",
    "tier, Exists, , true",
    "owner, Exists, , false",
    "owner, DoesNotExist, , true",
    "zone, DoesNotExist, , false"
  })
  void expressionsMatchAsInKubernetes(String key, String operator, String values, boolean matches) {
    List<String> valueList = values == null ? List.of() : Arrays.asList(values.split("\\|"));
    LabelSelector selector = new LabelSelector();
    selector.setMatchExpressions(List.of(new LabelSelectorRequirement(key, operator, valueList)));

    assertThat(LabelSelectors.problem(selector)).isEmpty();
    assertThat(LabelSelectors.matches(selector, LABELS)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tier=web, true", "tier=api, false", "owner=x, false"})
  void matchLabelsMustAllBePresent(String label, boolean matches) {
    String[] pair = label.split("=");
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(Map.of(pair[0], pair[1]));

    assertThat(LabelSelectors.matches(selector, LABELS)).isEqualTo(matches);
  }

  @Test
  void aMissingSelectorMatchesNothingAndAnEmptyOneEverything() {
    assertThat(LabelSelectors.matches(null, LABELS)).isFalse();
    assertThat(LabelSelectors.matches(new LabelSelector(), Map.of())).isTrue();
  }
}
