package io.jvirt.controller.node.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unresponsive nodes (stale heartbeat) and which of their VMIs fail. */
class NodeHealthTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void aFreshOrAbsentHeartbeatIsHealthy() {
    assertThat(
            NodeHealth.decide(
                    node("2026-12-04T09:58:00Z"),
                    List.of(vmi("a")),
                    Map.of(),
                    NOW,
                    NodeHealth.DEFAULT_TIMEOUT)
                .unresponsive())
        .isFalse();
    assertThat(
            NodeHealth.decide(
                    node(null), List.of(vmi("a")), Map.of(), NOW, NodeHealth.DEFAULT_TIMEOUT)
                .unresponsive())
        .isFalse();
  }

  @Test
  void aStaleHeartbeatFailsTheActiveVmisWithoutALiveLauncher() {
    VirtualMachineInstance orphan = vmi("orphan");
    VirtualMachineInstance withPod = vmi("with-pod");
    VirtualMachineInstance done = vmi("done");
    done.getStatus().setPhase(VirtualMachineInstancePhase.SUCCEEDED);
    Pod running = new PodBuilder().withNewStatus().withPhase("Running").endStatus().build();
    NodeHealth.Verdict verdict =
        NodeHealth.decide(
            node("2026-12-04T09:54:00Z"),
            List.of(orphan, withPod, done),
            Map.of("uid-with-pod", List.of(running)),
            NOW,
            NodeHealth.DEFAULT_TIMEOUT);
    assertThat(verdict.unresponsive()).isTrue();
    assertThat(verdict.markUnschedulable()).isTrue();
    assertThat(verdict.vmisToFail()).containsExactly(orphan);
  }

  @Test
  void aFinishedLauncherPodIsNotLive() {
    Pod failed = new PodBuilder().withNewStatus().withPhase("Failed").endStatus().build();
    assertThat(NodeHealth.live(failed)).isFalse();
  }

  private static Node node(String heartbeat) {
    return new NodeBuilder()
        .withNewMetadata()
        .withName("n1")
        .withLabels(Map.of("kubevirt.io/schedulable", "true"))
        .withAnnotations(heartbeat == null ? Map.of() : Map.of("kubevirt.io/heartbeat", heartbeat))
        .endMetadata()
        .build();
  }

  private static VirtualMachineInstance vmi(String name) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withName(name).withUid("uid-" + name).build());
    vmi.setStatus(new VirtualMachineInstanceStatus().setPhase(VirtualMachineInstancePhase.RUNNING));
    return vmi;
  }

  static {
    assertThat(Duration.ofMinutes(5)).isEqualTo(NodeHealth.DEFAULT_TIMEOUT);
  }
}
