package io.jvirt.handler.decide;

import static org.assertj.core.api.Assertions.assertThat;

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
}
