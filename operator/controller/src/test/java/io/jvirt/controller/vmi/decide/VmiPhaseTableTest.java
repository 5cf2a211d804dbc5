package io.jvirt.controller.vmi.decide;

import static io.jvirt.api.v1.VirtualMachineInstancePhase.FAILED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.PENDING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.RUNNING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SCHEDULING;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.SUCCEEDED;
import static io.jvirt.api.v1.VirtualMachineInstancePhase.WAITING_FOR_SYNC;
import static io.jvirt.controller.vmi.decide.DecideFixtures.NOW;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.Effect.CREATE_POD;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.Effect.NOTHING;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.Effect.RELEASE;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.COMPUTE_CRASHED;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.COMPUTE_WAITING;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.CREATED;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.DISK_NOT_READY;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.FOREIGN;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.NONE;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.POD_FAILED;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.POD_SUCCEEDED;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.READY;
import static io.jvirt.controller.vmi.decide.VmiPhaseTableTest.PodState.TERMINATING;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each phase virt-controller owns, against each launcher pod state (sections 3.1, 3.2). */
class VmiPhaseTableTest {
  private static final boolean LIVE = false;
  private static final boolean DELETED = true;
  private static final String GONE = VmiStatusDecider.REASON_POD_NOT_EXISTS;
  private static final String BROKEN = VmiStatusDecider.REASON_POD_FAILED;
  private static final String GOING = VmiStatusDecider.REASON_POD_TERMINATING;

  /** What the decision asks for besides the status. */
  enum Effect {
    NOTHING,
    CREATE_POD,
    RELEASE
  }

  /** The launcher pod the decider sees. */
  enum PodState {
    NONE(() -> null),
    FOREIGN(VmiPhaseTableTest::foreign),
    CREATED(DecideFixtures::pending),
    READY(() -> DecideFixtures.running().build()),
    COMPUTE_WAITING(VmiPhaseTableTest::computeWaiting),
    DISK_NOT_READY(VmiPhaseTableTest::diskNotReady),
    COMPUTE_CRASHED(VmiPhaseTableTest::computeCrashed),
    POD_FAILED(() -> phase("Failed")),
    POD_SUCCEEDED(() -> phase("Succeeded")),
    TERMINATING(VmiPhaseTableTest::terminating);

    private final Supplier<Pod> pod;

    PodState(Supplier<Pod> pod) {
      this.pod = pod;
    }
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row(null, NONE, LIVE, PENDING, null, CREATE_POD),
        row(PENDING, NONE, LIVE, PENDING, null, CREATE_POD),
        row(PENDING, FOREIGN, LIVE, PENDING, null, CREATE_POD),
        row(null, CREATED, LIVE, SCHEDULING, null, NOTHING),
        row(PENDING, CREATED, LIVE, SCHEDULING, null, NOTHING),
        row(PENDING, NONE, DELETED, FAILED, VmiStatusDecider.REASON_DELETED, RELEASE),
        row(SCHEDULING, CREATED, LIVE, SCHEDULING, null, NOTHING),
        row(SCHEDULING, READY, LIVE, SCHEDULED, null, NOTHING),
        row(SCHEDULING, READY, DELETED, SCHEDULING, null, NOTHING),
        row(SCHEDULING, COMPUTE_WAITING, LIVE, SCHEDULING, null, NOTHING),
        row(SCHEDULING, DISK_NOT_READY, LIVE, SCHEDULING, null, NOTHING),
        row(SCHEDULING, NONE, LIVE, FAILED, GONE, RELEASE),
        row(SCHEDULING, POD_FAILED, LIVE, FAILED, BROKEN, NOTHING),
        row(SCHEDULING, POD_SUCCEEDED, LIVE, FAILED, BROKEN, NOTHING),
        row(SCHEDULING, COMPUTE_CRASHED, LIVE, FAILED, BROKEN, NOTHING),
        row(SCHEDULING, TERMINATING, LIVE, FAILED, GOING, NOTHING),
        row(SCHEDULED, READY, LIVE, SCHEDULED, null, NOTHING),
        row(SCHEDULED, NONE, LIVE, FAILED, GONE, RELEASE),
        row(RUNNING, READY, LIVE, RUNNING, null, NOTHING),
        row(RUNNING, POD_FAILED, LIVE, RUNNING, null, NOTHING),
        row(RUNNING, NONE, LIVE, FAILED, GONE, RELEASE),
        row(SUCCEEDED, NONE, LIVE, SUCCEEDED, null, RELEASE),
        row(SUCCEEDED, POD_SUCCEEDED, LIVE, SUCCEEDED, null, NOTHING),
        row(FAILED, NONE, DELETED, FAILED, null, RELEASE),
        row(WAITING_FOR_SYNC, CREATED, LIVE, SCHEDULING, null, NOTHING),
        row(WAITING_FOR_SYNC, NONE, DELETED, WAITING_FOR_SYNC, null, RELEASE));
  }

  @ParameterizedTest(name = "{0} + pod {1}, deleted={2} -> {3} {4}, {5}")
  @MethodSource("table")
  void phaseTable(
      VirtualMachineInstancePhase from,
      PodState podState,
      boolean deleted,
      VirtualMachineInstancePhase to,
      String reason,
      Effect effect) {
    VirtualMachineInstance vmi = DecideFixtures.vmi(from);
    if (deleted) {
      vmi.getMetadata().setDeletionTimestamp("2026-03-01T11:59:59Z");
    }
    Pod pod = podState.pod.get();

    VmiStatusUpdate update =
        VmiStatusDecider.decide(vmi, pod == null ? List.of() : List.of(pod), NOW);

    assertThat(update.status().getPhase()).isEqualTo(to);
    assertThat(update.status().getReason()).isEqualTo(reason);
    assertThat(update.createPod()).isEqualTo(effect == CREATE_POD);
    assertThat(update.removeForegroundFinalizer()).isEqualTo(effect == RELEASE);
    int transitionsBefore = from == null ? 0 : 1;
    assertThat(update.status().getPhaseTransitionTimestamps())
        .hasSize(from == to ? transitionsBefore : transitionsBefore + 1);
  }

  private static Arguments row(
      VirtualMachineInstancePhase from,
      PodState pod,
      boolean deleted,
      VirtualMachineInstancePhase to,
      String reason,
      Effect effect) {
    return Arguments.of(from, pod, deleted, to, reason, effect);
  }

  private static Pod foreign() {
    Pod pod = DecideFixtures.pending();
    pod.getMetadata().getOwnerReferences().get(0).setUid("someone-else");
    return pod;
  }

  private static Pod phase(String phase) {
    return DecideFixtures.running().editStatus().withPhase(phase).endStatus().build();
  }

  private static Pod terminating() {
    return DecideFixtures.running()
        .editMetadata()
        .withDeletionTimestamp("2026-03-01T11:59:58Z")
        .endMetadata()
        .build();
  }

  private static Pod computeWaiting() {
    return withContainers(
        DecideFixtures.waiting("compute", "ContainerCreating"),
        DecideFixtures.running("volumecontainerdisk", true));
  }

  private static Pod diskNotReady() {
    return withContainers(
        DecideFixtures.running("compute", false),
        DecideFixtures.running("volumecontainerdisk", false));
  }

  private static Pod computeCrashed() {
    return withContainers(
        DecideFixtures.terminated("compute", 1),
        DecideFixtures.running("volumecontainerdisk", true));
  }

  private static Pod withContainers(ContainerStatus compute, ContainerStatus disk) {
    return DecideFixtures.running()
        .editStatus()
        .withContainerStatuses(compute, disk)
        .endStatus()
        .build();
  }
}
