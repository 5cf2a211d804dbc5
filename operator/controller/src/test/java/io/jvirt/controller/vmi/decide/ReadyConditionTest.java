package io.jvirt.controller.vmi.decide;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Ready condition's reasons (section 3.5). */
class ReadyConditionTest {
  static Stream<Arguments> reasons() {
    Pod running = DecideFixtures.running().build();
    Pod terminating =
        DecideFixtures.running()
            .editMetadata()
            .withDeletionTimestamp("2026-03-01T11:59:58Z")
            .endMetadata()
            .build();
    Pod temporary =
        DecideFixtures.running()
            .editMetadata()
            .addToAnnotations("kubevirt.io/ephemeral-provisioning", "true")
            .endMetadata()
            .build();
    Pod noReadyCondition =
        DecideFixtures.running().editStatus().withConditions(List.of()).endStatus().build();
    return Stream.of(
        Arguments.of(
            "no pod",
            SCHEDULING,
            null,
            "False",
            "PodNotExists",
            "virt-launcher pod has not yet been scheduled"),
        Arguments.of(
            "temporary pod",
            SCHEDULING,
            temporary,
            "False",
            "PodNotExists",
            "virt-launcher pod has not yet been scheduled"),
        Arguments.of(
            "terminating pod",
            RUNNING,
            terminating,
            "False",
            "PodTerminating",
            "virt-launcher pod is terminating"),
        Arguments.of(
            "failed pod",
            RUNNING,
            phase("Failed"),
            "False",
            "PodTerminating",
            "virt-launcher pod is terminating"),
        Arguments.of(
            "guest not running",
            SCHEDULED,
            running,
            "False",
            "GuestNotRunning",
            "Guest VM is not reported as running"),
        Arguments.of("running, pod ready", RUNNING, running, "True", null, null),
        Arguments.of(
            "running, no Ready on pod",
            RUNNING,
            noReadyCondition,
            "False",
            "PodConditionMissing",
            "virt-launcher pod is missing the Ready condition"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void readyReasons(
      String name,
      VirtualMachineInstancePhase phase,
      Pod pod,
      String status,
      String reason,
      String message) {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            DecideFixtures.vmi(phase), pod == null ? List.of() : List.of(pod), NOW);

    Condition ready = ready(update);
    assertThat(ready.getStatus()).isEqualTo(status);
    assertThat(ready.getReason()).isEqualTo(reason);
    assertThat(ready.getMessage()).isEqualTo(message);
  }

  @Test
  void podReadyIsCopiedWithItsOwnTimes() {
    VmiStatusUpdate update =
        VmiStatusDecider.decide(
            DecideFixtures.vmi(RUNNING), List.of(DecideFixtures.running().build()), NOW);

    assertThat(ready(update).getLastTransitionTime()).isEqualTo("2026-03-01T11:59:40Z");
  }

  @Test
  void anUnchangedConditionKeepsItsTimestamps() {
    VirtualMachineInstance vmi = DecideFixtures.vmi(SCHEDULING);
    VmiStatusUpdate first = VmiStatusDecider.decide(vmi, List.of(DecideFixtures.pending()), NOW);
    assertThat(ready(first).getLastTransitionTime()).isEqualTo(NOW_TEXT);
    vmi.setStatus(first.status());

    VmiStatusUpdate later =
        VmiStatusDecider.decide(vmi, List.of(DecideFixtures.pending()), NOW.plusSeconds(300));

    assertThat(ready(later).getLastTransitionTime()).isEqualTo(NOW_TEXT);
    assertThat(later.status().getConditions()).hasSize(1);
  }

  private static Condition ready(VmiStatusUpdate update) {
    return update.status().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()))
        .findFirst()
        .orElseThrow();
  }

  private static Pod phase(String phase) {
    return DecideFixtures.running().editStatus().withPhase(phase).endStatus().build();
  }
}
