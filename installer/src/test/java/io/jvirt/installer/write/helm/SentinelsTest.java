package io.jvirt.installer.write.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The substitution table turns scalars holding sentinels into quoted Helm actions. */
class SentinelsTest {

  @Test
  void aWholeScalarIsTheQuotedValue() {
    assertThat(Sentinels.expression("@@jvirt.namespace@@"))
        .isEqualTo("{{ .Values.namespace | quote }}");
  }

  @Test
  void literalsAroundValuesArePrintedBetweenThem() {
    assertThat(Sentinels.expression("@@jvirt.registry@@/virt-launcher:@@jvirt.tag@@"))
        .isEqualTo(
            "{{ print .Values.image.registry \"/virt-launcher:\" .Values.image.tag | quote }}");
  }

  @Test
  void adjacentValuesAreKeptApartByAnEmptyLiteral() {
    assertThat(Sentinels.expression("x@@jvirt.tag@@@@jvirt.tag@@"))
        .isEqualTo("{{ print \"x\" .Values.image.tag \"\" .Values.image.tag | quote }}");
  }

  @Test
  void literalsAreGoStrings() {
    assertThat(Sentinels.expression("a\"b\\c\n@@jvirt.tag@@"))
        .isEqualTo("{{ print \"a\\\"b\\\\c\\n\" .Values.image.tag | quote }}");
  }

  @Test
  void aScalarWithoutSentinelIsAMistake() {
    assertThatThrownBy(() -> Sentinels.expression("kubevirt"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyScalarValueHasADistinctSentinelInTheSentinelSettings() {
    assertThat(Sentinels.valuesIn(Sentinels.settings().toString()))
        .containsExactlyInAnyOrder(ChartValue.NAMESPACE, ChartValue.REGISTRY, ChartValue.TAG);
  }
}
