package io.jvirt.controller.vmirs.decide;

import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.expression;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.replicaSet;
import static io.jvirt.controller.vmirs.decide.ReplicaSetFixtures.selector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jvirt.api.labels.Selectors;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching, printing and validation of label selectors by {@link Selectors}. */
class SelectorsTest {

  private static LabelSelector withExpressions(
      Map<String, String> labels, io.fabric8.kubernetes.api.model.LabelSelectorRequirement... e) {
    LabelSelector selector = selector(labels);
    selector.setMatchExpressions(List.of(e));
    return selector;
  }

  @Test
  void printsMatchLabelsSortedByKey() {
    assertThat(Selectors.canonical(selector(Map.of("b", "2", "a", "1", "c", "3"))))
        .isEqualTo("a=1,b=2,c=3");
  }

  @Test
  void printsEveryOperatorAsKubernetesDoes() {
    LabelSelector selector =
        withExpressions(
            Map.of("app", "web"),
            expression("zone", "NotIn", "z2", "z1"),
            expression("env", "In", "prod", "dev"),
            expression("gpu", "Exists"),
            expression("legacy", "DoesNotExist"),
            expression("one", "In", "x"));

    assertThat(Selectors.canonical(selector))
        .isEqualTo("app=web,env in (dev,prod),gpu,!legacy,one in (x),zone notin (z1,z2)");
  }

  @Test
  void printsMatchLabelBeforeExpressionOnTheSameKey() {
    LabelSelector selector = withExpressions(Map.of("app", "web"), expression("app", "Exists"));

    assertThat(Selectors.canonical(selector)).isEqualTo("app=web,app");
  }

  @Test
  void printsNullAndEmptySelectorsAsEmpty() {
    assertThat(Selectors.canonical(null)).isEmpty();
    assertThat(Selectors.canonical(new LabelSelector())).isEmpty();
  }

  @Test
  void refusesToPrintAnInvalidSelector() {
    assertThatThrownBy(() -> Selectors.canonical(selector(Map.of("app", "!"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} {1} [{2}] on {3}={4} -> {5}")
  @CsvSource({
    "env, In, dev;prod, env, dev, true",
    "env, In, dev;prod, env, qa, false",
    "env, In, dev;prod, other, dev, false",
    "env, NotIn, dev, env, qa, true",
    "env, NotIn, dev, env, dev, false",
    "env, NotIn, dev, other, dev, true",
    "env, Exists, '', env, '', true",
    "env, Exists, '', other, x, false",
    "env, DoesNotExist, '', other, x, true",
    "env, DoesNotExist, '', env, x, false",
  })
  void matchesExpressions(
      String key, String op, String values, String label, String value, boolean expected) {
    String[] list = values.isEmpty() ? new String[0] : values.split(";");
    LabelSelector selector = withExpressions(Map.of(), expression(key, op, list));

    assertThat(Selectors.matches(selector, Map.of(label, value))).isEqualTo(expected);
  }

  @Test
  void matchesLabelsAsAConjunction() {
    LabelSelector selector = selector(Map.of("app", "web", "tier", "front"));

    assertThat(Selectors.matches(selector, Map.of("app", "web", "tier", "front", "x", "y")))
        .isTrue();
    assertThat(Selectors.matches(selector, Map.of("app", "web"))).isFalse();
    assertThat(Selectors.matches(selector, null)).isFalse();
  }

  @Test
  void emptySelectorMatchesEverythingAndNullNothing() {
    assertThat(Selectors.matches(new LabelSelector(), Map.of("a", "b"))).isTrue();
    assertThat(Selectors.matches(new LabelSelector(), null)).isTrue();
    assertThat(Selectors.matches(null, Map.of("a", "b"))).isFalse();
  }

  @Test
  void rejectsInvalidSelectors() {
    assertThat(Selectors.validate(selector(Map.of("app", "!")))).isPresent();
    assertThat(Selectors.validate(selector(Map.of("bad key", "x")))).isPresent();
    assertThat(Selectors.validate(selector(Map.of("Bad.Prefix/name", "x")))).isPresent();
    assertThat(Selectors.validate(selector(Map.of("a/b/c", "x")))).isPresent();
    assertThat(Selectors.validate(selector(Map.of("x", "a".repeat(64))))).isPresent();
    assertThat(Selectors.validate(withExpressions(Map.of(), expression("k", "Gt", "1"))))
        .hasValueSatisfying(m -> assertThat(m).contains("not a valid label selector operator"));
    assertThat(Selectors.validate(withExpressions(Map.of(), expression("k", "In")))).isPresent();
    assertThat(Selectors.validate(withExpressions(Map.of(), expression("k", "Exists", "v"))))
        .isPresent();
    assertThat(Selectors.matches(selector(Map.of("app", "!")), Map.of("app", "!"))).isFalse();
  }

  @Test
  void acceptsValidKeysAndValues() {
    assertThat(Selectors.validate(selector(Map.of("kubevirt.io/flavor", "small-1.0_a")))).isEmpty();
    assertThat(Selectors.validate(selector(Map.of("k", "")))).isEmpty();
    assertThat(Selectors.validate(null)).isEmpty();
  }

  @Test
  void tellsWhetherTheSelectorMatchesTheTemplate() {
    assertThat(Selectors.matchesTemplate(replicaSet(1))).isTrue();

    VirtualMachineInstanceReplicaSet mismatch = replicaSet(1);
    mismatch.getSpec().setSelector(selector(Map.of("app", "db")));
    assertThat(Selectors.matchesTemplate(mismatch)).isFalse();

    VirtualMachineInstanceReplicaSet noSelector = replicaSet(1);
    noSelector.getSpec().setSelector(null);
    assertThat(Selectors.matchesTemplate(noSelector)).isFalse();

    VirtualMachineInstanceReplicaSet noTemplate = replicaSet(1);
    noTemplate.getSpec().setTemplate(null);
    assertThat(Selectors.matchesTemplate(noTemplate)).isFalse();
  }
}
