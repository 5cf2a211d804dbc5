package io.jvirt.handler.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The heartbeat patch virt-handler writes on its node. */
class NodeHeartbeatTest {

  @Test
  @SuppressWarnings("unchecked")
  void aHeartbeatMarksTheNodeSchedulableAndStampsTheTimeToTheSecond() {
    Map<String, Object> patch =
        NodeHeartbeat.patch(Instant.parse("2026-11-21T10:00:00.123Z"), true);

    Map<String, Object> metadata = (Map<String, Object>) patch.get("metadata");
    assertThat(metadata.get("labels")).isEqualTo(Map.of("kubevirt.io/schedulable", "true"));
    assertThat(metadata.get("annotations"))
        .isEqualTo(Map.of("kubevirt.io/heartbeat", "2026-11-21T10:00:00Z"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void stoppingMarksTheNodeUnschedulable() {
    Map<String, Object> patch = NodeHeartbeat.patch(Instant.EPOCH, false);

    assertThat(((Map<String, Object>) patch.get("metadata")).get("labels"))
        .isEqualTo(Map.of("kubevirt.io/schedulable", "false"));
  }

  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void theFirstHeartbeatIsDueAtOnceEvenUnschedulable() {
    assertThat(NodeHeartbeat.due(null, false, false, T0, MINUTE)).isTrue();
  }

  @Test
  void thenOneIsDueEveryInterval() {
    assertThat(NodeHeartbeat.due(T0, true, true, T0.plusSeconds(59), MINUTE)).isFalse();
    assertThat(NodeHeartbeat.due(T0, true, true, T0.plusSeconds(60), MINUTE)).isTrue();
  }

  @Test
  void theNodeBecomesSchedulableAsSoonAsTheDevicePluginsAreInitialized() {
    assertThat(NodeHeartbeat.due(T0, false, true, T0.plusSeconds(1), MINUTE)).isTrue();
  }

  @Test
  void becomingUnschedulableWaitsForTheNextRegularBeat() {
    assertThat(NodeHeartbeat.due(T0, true, false, T0.plusSeconds(1), MINUTE)).isFalse();
  }
}
