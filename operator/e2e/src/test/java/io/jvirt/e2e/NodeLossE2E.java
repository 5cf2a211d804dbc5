package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Node loss on the real node, two ways: virt-handler SIGKILLed and kept down, then kubelet
 * SIGKILLed. In both, the guest that keeps running keeps its VMI and QEMU process (failing it would
 * start a second copy); a guest whose pod dies while the handler is gone is failed NodeUnresponsive
 * after the heartbeat timeout, and its runStrategy Always VM gets a new VMI that waits until the
 * node is schedulable again; a guest killed while kubelet is down is failed once the node reports
 * again (virt-api's only endpoints are on this node), and the node stays schedulable throughout (a
 * restarted kubelet rejects running launcher pods whose node then says otherwise). No VM ever has
 * two live launcher pods or two QEMU processes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLossE2E {
  /**
   * Every second, so that a beat surely falls in the second or so the device plugins take to
   * register again after kubelet restarts (the label must stay true through it).
   */
  private static final int HEARTBEAT_SECONDS = 1;

  private static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(30);
  private static final String STEADY = "steady";
  private static final String DYING = "dying";

  private static Jvirt jvirt;
  private static NodeOutage outage;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    outage = new NodeOutage(jvirt);
    outage.shortenHeartbeat(HEARTBEAT_SECONDS, HEARTBEAT_TIMEOUT);
    namespace = jvirt.namespace("nodeloss");
    for (String name : List.of(STEADY, DYING)) {
      Guests.create(
          jvirt, namespace, Guests.cirros(jvirt.client(), name, RunStrategy.ALWAYS, "#!/bin/sh\n"));
    }
  }

  @AfterEach
  void bringTheNodeBack() {
    // whatever a failed test left down comes back before the next test
    outage.startKubelet();
    outage.resumeHandler();
  }

  @AfterAll
  static void restore() {
    outage.restoreHeartbeat();
    jvirt.deleteNamespace(namespace);
  }

  @Test
  @Order(1)
  void handlerKeptDownFailsOnlyTheGuestThatDied() {
    VirtualMachineInstance steady = Guests.awaitRunning(jvirt, namespace, STEADY, null);
    VirtualMachineInstance dying = Guests.awaitRunning(jvirt, namespace, DYING, null);
    String node = steady.getStatus().getNodeName();
    long steadyQemu = jvirt.qemuPid(namespace, STEADY).orElseThrow();
    try (LauncherPodWatch pods = new LauncherPodWatch(jvirt.client(), namespace);
        VmiHistory history = new VmiHistory(jvirt.client(), namespace);
        QemuCensus qemus = new QemuCensus(jvirt, namespace, List.of(STEADY, DYING))) {
      long down = System.nanoTime();
      outage.killHandlerAndKeepItDown();
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> "false".equals(outage.schedulable(node)));
      double unschedulable = seconds(down);

      Pod launcher = jvirt.launcherPods(namespace, dying.getMetadata().getUid()).get(0);
      outage.killPod(launcher.getMetadata().getUid());
      long killed = System.nanoTime();
      String failed = VirtualMachineInstancePhase.FAILED + " NodeUnresponsive";
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> history.reached(dying.getMetadata().getUid(), failed));
      double failedAfter = seconds(killed);
      VirtualMachineInstance replacement = awaitReplacement(dying);
      assertWaitingOffTheNode(replacement);
      assertStillRunning(steady, steadyQemu, pods);

      long resumed = System.nanoTime();
      outage.resumeHandler();
      Guests.awaitRunning(jvirt, namespace, DYING, dying.getMetadata().getUid());
      assertThat(outage.schedulable(node)).isEqualTo("true");
      assertStillRunning(steady, steadyQemu, pods);
      assertNothingDuplicated(pods, qemus, history);
      System.out.printf(
          "[figures] node loss (handler down): node unschedulable %.1f s after the kill (heartbeat"
              + " timeout %d s), dead guest's VMI failed NodeUnresponsive %.1f s after its"
              + " pod died, replacement Running %.1f s after the handler came back;"
              + " %d pod events, 0 duplicates%n",
          unschedulable,
          HEARTBEAT_TIMEOUT.toSeconds(),
          failedAfter,
          seconds(resumed),
          pods.events());
    }
  }

  @Test
  @Order(2)
  void kubeletStoppedKeepsTheRunningGuestAndRestartsTheDeadOne() {
    VirtualMachineInstance steady = Guests.awaitRunning(jvirt, namespace, STEADY, null);
    VirtualMachineInstance dying = Guests.awaitRunning(jvirt, namespace, DYING, null);
    String node = steady.getStatus().getNodeName();
    long steadyQemu = jvirt.qemuPid(namespace, STEADY).orElseThrow();
    long dyingQemu = jvirt.qemuPid(namespace, DYING).orElseThrow();
    try (LauncherPodWatch pods = new LauncherPodWatch(jvirt.client(), namespace);
        VmiHistory history = new VmiHistory(jvirt.client(), namespace);
        QemuCensus qemus = new QemuCensus(jvirt, namespace, List.of(STEADY, DYING));
        SchedulableLabelWatch label = new SchedulableLabelWatch(jvirt.client(), node)) {
      long down = System.nanoTime();
      outage.killKubelet();
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> !outage.ready(node));
      double notReady = seconds(down);

      outage.killQemu(dyingQemu);
      // virt-api's only endpoints are on this node, NotReady now: the handler's status write waits
      await()
          .during(Duration.ofSeconds(20))
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  dying
                          .getMetadata()
                          .getUid()
                          .equals(jvirt.vmi(namespace, DYING).getMetadata().getUid())
                      && jvirt.qemuPid(namespace, STEADY).equals(OptionalLong.of(steadyQemu)));

      long back = System.nanoTime();
      outage.startKubelet();
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> outage.ready(node));
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  history.reached(
                      dying.getMetadata().getUid(), VirtualMachineInstancePhase.FAILED + " "));
      double failedAfter = seconds(back);
      Guests.awaitRunning(jvirt, namespace, DYING, dying.getMetadata().getUid());
      assertThat(label.values())
          .as("kubevirt.io/schedulable through the kubelet's restart")
          .containsExactly("true");
      assertStillRunning(steady, steadyQemu, pods);
      assertNothingDuplicated(pods, qemus, history);
      System.out.printf(
          "[figures] node loss (kubelet down): node NotReady %.1f s after the kill, guest"
              + " killed meanwhile: its VMI failed %.1f s and its replacement Running %.1f s after"
              + " kubelet came back; %d pod events, 0 duplicates; launcher pods that ended: %s%n",
          notReady, failedAfter, seconds(back), pods.events(), pods.endings());
    }
  }

  /** The VM's next VMI, once its controller has created it. */
  private static VirtualMachineInstance awaitReplacement(VirtualMachineInstance old) {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> jvirt.vmi(namespace, old.getMetadata().getName()),
            vmi -> vmi != null && !vmi.getMetadata().getUid().equals(old.getMetadata().getUid()));
  }

  /** While the node is unschedulable the new VMI is not Running and its pod is on no node. */
  private static void assertWaitingOffTheNode(VirtualMachineInstance replacement) {
    VirtualMachineInstance now = jvirt.vmi(namespace, replacement.getMetadata().getName());
    assertThat(now.getStatus() == null ? null : now.getStatus().getPhase())
        .isNotEqualTo(VirtualMachineInstancePhase.RUNNING);
    for (Pod pod : jvirt.launcherPods(namespace, replacement.getMetadata().getUid())) {
      assertThat(pod.getSpec().getNodeName()).as("the replacement's pod's node").isNull();
    }
  }

  private static void assertStillRunning(
      VirtualMachineInstance vmi, long qemu, LauncherPodWatch pods) {
    VirtualMachineInstance now = jvirt.vmi(namespace, vmi.getMetadata().getName());
    assertThat(now.getMetadata().getUid())
        .as(
            "the VMI of %s (launcher pods that ended: %s)",
            vmi.getMetadata().getName(), pods.endings())
        .isEqualTo(vmi.getMetadata().getUid());
    assertThat(now.getStatus().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(jvirt.qemuPid(namespace, vmi.getMetadata().getName())).hasValue(qemu);
  }

  private static void assertNothingDuplicated(
      LauncherPodWatch pods, QemuCensus qemus, VmiHistory history) {
    assertThat(pods.violations()).as("two live launcher pods for one VM or VMI").isEmpty();
    assertThat(qemus.most())
        .as("QEMU processes at once per VM; VMI states %s", history.states())
        .allSatisfy((vm, most) -> assertThat(most).as(vm).isLessThanOrEqualTo(1));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
