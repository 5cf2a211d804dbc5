package io.jvirt.handler.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When virt-handler reports its node schedulable, as its device plugins come and go. */
class NodeSchedulabilityTest {
  private static final Instant T0 = Instant.parse("2026-12-06T07:00:00Z");

  private final NodeSchedulability node = new NodeSchedulability();

  @Test
  void notSchedulableUntilThePluginsFirstRegister() {
    assertThat(node.at(false, T0)).isFalse();
    assertThat(node.at(false, T0.plusSeconds(600))).isFalse();
    assertThat(node.at(true, T0.plusSeconds(601))).isTrue();
  }

  @Test
  void aKubeletRestartsReRegistrationKeepsTheNodeSchedulable() {
    node.at(true, T0);

    assertThat(node.at(false, T0.plusSeconds(10))).isTrue();
    assertThat(node.at(false, T0.plusSeconds(11))).isTrue();
    assertThat(node.at(true, T0.plusSeconds(12))).isTrue();
  }

  @Test
  void pluginsAwayLongerThanTheGraceMakeTheNodeUnschedulable() {
    node.at(true, T0);
    Instant lost = T0.plusSeconds(10);
    node.at(false, lost);

    assertThat(node.at(false, lost.plus(NodeSchedulability.REREGISTRATION_GRACE).minusMillis(1)))
        .isTrue();
    assertThat(node.at(false, lost.plus(NodeSchedulability.REREGISTRATION_GRACE))).isFalse();
    assertThat(node.at(true, lost.plusSeconds(600))).isTrue();
  }

  @Test
  void eachLossGetsAFreshGrace() {
    node.at(true, T0);
    node.at(false, T0.plusSeconds(1));
    node.at(true, T0.plusSeconds(2));

    assertThat(node.at(false, T0.plusSeconds(40))).isTrue();
    assertThat(node.at(false, T0.plusSeconds(69))).isTrue();
    assertThat(node.at(false, T0.plusSeconds(70))).isFalse();
  }
}
