package io.jvirt.handler.vmi.decide;

import static io.jvirt.handler.vmi.decide.NodeFixtures.NOW;
import static io.jvirt.handler.vmi.decide.NodeFixtures.domain;
import static io.jvirt.handler.vmi.decide.NodeFixtures.none;
import static io.jvirt.handler.vmi.decide.NodeFixtures.observe;
import static io.jvirt.handler.vmi.decide.NodeFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.contract.ConditionReasons;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** virt-handler's per-VMI decisions: start, phases from the domain, shutdown, deletion. */
class NodeDeciderTest {
  @Test
  void startsAScheduledVmiOnceItsLauncherAnswers() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.SCHEDULED);
    assertThat(NodeDecider.decide(observe(vmi, none(), LauncherReach.CONNECTED)).action())
        .isEqualTo(NodeAction.START);
    assertThat(NodeDecider.decide(observe(vmi, null, LauncherReach.NOT_READY)).action())
        .isEqualTo(NodeAction.NONE);
  }

  @Test
  void aRunningDomainMakesTheVmiRunningAndFillsItsStatus() {
    NodeDecision decision =
        NodeDecider.decide(
            observe(
                vmi(VirtualMachineInstancePhase.SCHEDULED),
                domain("Running", "Booted"),
                LauncherReach.CONNECTED));
    VirtualMachineInstanceStatus status = decision.status();
    assertThat(status.getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(status.getPhaseTransitionTimestamps())
        .last()
        .satisfies(t -> assertThat(t.getPhase()).isEqualTo("Running"));
    assertThat(decision.events()).containsExactly(NodeEvent.STARTED);
    assertThat(status.getInterfaces())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getName()).isEqualTo("default");
              assertThat(i.getMac()).isEqualTo("52:54:00:12:34:56");
              assertThat(i.getIpAddress()).isEqualTo("10.88.1.7");
              assertThat(i.getIpAddresses()).containsExactly("10.88.1.7");
              assertThat(i.getInfoSource()).isEqualTo("domain");
            });
    assertThat(status.getMachine().getType()).isEqualTo("pc-q35-7.2");
    assertThat(status.getMemory().getGuestCurrent().toString()).isEqualTo("128Mi");
    assertThat(status.getMemory().getGuestAtBoot().toString()).isEqualTo("128Mi");
    assertThat(status.getCurrentCPUTopology().getCores()).isEqualTo(1L);
    assertThat(status.getVolumeStatus())
        .extracting(v -> v.getName() + "=" + v.getTarget())
        .containsExactly("cloudinitdisk=vdb", "containerdisk=vda");
    assertThat(condition(status, "LiveMigratable"))
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo("InterfaceNotLiveMigratable");
            });
    assertThat(decision.action()).isEqualTo(NodeAction.NONE);
  }

  @Test
  void aDecisionThatChangesNothingWritesNothing() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.SCHEDULED);
    NodeDecision first =
        NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.CONNECTED));
    vmi.setStatus(first.status());
    NodeDecision second =
        NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.CONNECTED));
    assertThat(second.status()).isNull();
    assertThat(second.events()).isEmpty();
  }

  @Test
  void aUserPauseShowsAsThePausedCondition() {
    NodeDecision decision =
        NodeDecider.decide(
            observe(
                vmi(VirtualMachineInstancePhase.RUNNING),
                domain("Paused", "User"),
                LauncherReach.CONNECTED));
    assertThat(decision.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.RUNNING);
    assertThat(condition(decision.status(), "Paused"))
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("True");
              assertThat(c.getReason()).isEqualTo("PausedByUser");
              assertThat(c.getMessage()).isEqualTo("VMI was paused by user");
            });
  }

  @Test
  void aGuestThatPoweredOffSucceedsAndItsDomainIsDeletedOnTheNextRound() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    NodeDecision decision =
        NodeDecider.decide(observe(vmi, domain("Shutoff", "Shutdown"), LauncherReach.CONNECTED));
    assertThat(decision.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
    assertThat(decision.events()).containsExactly(NodeEvent.STOPPED);
    assertThat(decision.action()).isEqualTo(NodeAction.NONE);
    assertThat(decision.recheck()).isEqualTo(Duration.ZERO);
    vmi.setStatus(decision.status());
    assertThat(
            NodeDecider.decide(observe(vmi, domain("Shutoff", "Shutdown"), LauncherReach.CONNECTED))
                .action())
        .isEqualTo(NodeAction.DELETE_DOMAIN);
    assertThat(NodeDecider.decide(observe(vmi, none(), LauncherReach.LOST)).action())
        .isEqualTo(NodeAction.CLEANUP);
  }

  @Test
  void aFailedVmiWhoseLauncherIsLostIsCleanedUpWithoutAskingTheLauncher() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    NodeDecision decision =
        NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.LOST));
    assertThat(decision.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    vmi.setStatus(decision.status());
    assertThat(
            NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.LOST))
                .action())
        .isEqualTo(NodeAction.CLEANUP);
  }

  @Test
  void aKilledGuestFailsWhenItHadAGracePeriodAndAcpiElseSucceeds() {
    assertThat(phaseAfter(vmi(VirtualMachineInstancePhase.RUNNING), "Shutoff", "Destroyed"))
        .isEqualTo(VirtualMachineInstancePhase.FAILED);
    VirtualMachineInstance forced = vmi(VirtualMachineInstancePhase.RUNNING);
    forced.getSpec().setTerminationGracePeriodSeconds(0L);
    assertThat(phaseAfter(forced, "Shutoff", "Destroyed"))
        .isEqualTo(VirtualMachineInstancePhase.SUCCEEDED);
  }

  @Test
  void aCrashOrADeadQemuFailsTheVmiWithAWarning() {
    NodeDecision decision =
        NodeDecider.decide(
            observe(
                vmi(VirtualMachineInstancePhase.RUNNING),
                domain("Shutoff", "Crashed"),
                LauncherReach.CONNECTED));
    assertThat(decision.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
    assertThat(decision.events()).containsExactly(NodeEvent.CRASHED);
    assertThat(phaseAfter(vmi(VirtualMachineInstancePhase.RUNNING), "Shutoff", "Failed"))
        .isEqualTo(VirtualMachineInstancePhase.FAILED);
  }

  @Test
  void aLostLauncherFailsAScheduledOrRunningVmi() {
    NodeDecision decision =
        NodeDecider.decide(
            observe(vmi(VirtualMachineInstancePhase.RUNNING), null, LauncherReach.LOST));
    assertThat(decision.status().getPhase()).isEqualTo(VirtualMachineInstancePhase.FAILED);
  }

  @Test
  void aDeletedVmiIsShutDownThenKilledWhenItsGracePeriodEnds() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    vmi.getMetadata().setDeletionTimestamp("2026-12-04T09:59:50Z");
    NodeDecision first =
        NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.CONNECTED));
    assertThat(first.action()).isEqualTo(NodeAction.SHUTDOWN);
    assertThat(first.events()).contains(NodeEvent.SHUTTING_DOWN);
    assertThat(first.recheck()).isEqualTo(Duration.ofSeconds(5));

    DomainView signalled =
        withShutdownStarted(domain("Running", "Booted"), NOW.getEpochSecond() - 28);
    NodeDecision again = NodeDecider.decide(observe(vmi, signalled, LauncherReach.CONNECTED));
    assertThat(again.action()).isEqualTo(NodeAction.SHUTDOWN);
    assertThat(again.recheck()).isEqualTo(Duration.ofSeconds(2));

    DomainView expired =
        withShutdownStarted(domain("Running", "Booted"), NOW.getEpochSecond() - 31);
    NodeDecision kill = NodeDecider.decide(observe(vmi, expired, LauncherReach.CONNECTED));
    assertThat(kill.action()).isEqualTo(NodeAction.KILL);
    assertThat(kill.events()).contains(NodeEvent.DELETED);
  }

  @Test
  void aZeroGracePeriodKillsAtOnceAndALauncherSigtermShutsDown() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.RUNNING);
    vmi.getSpec().setTerminationGracePeriodSeconds(0L);
    vmi.getMetadata().setDeletionTimestamp("2026-12-04T09:59:50Z");
    assertThat(
            NodeDecider.decide(observe(vmi, domain("Running", "Booted"), LauncherReach.CONNECTED))
                .action())
        .isEqualTo(NodeAction.KILL);

    DomainView sigterm = domain("Running", "Booted");
    sigterm =
        new DomainView(
            true,
            sigterm.vmiUid(),
            "Running",
            "Booted",
            "pc-q35-7.2",
            0,
            sigterm.interfaceMacs(),
            sigterm.diskTargets(),
            true,
            0,
            30,
            "",
            false);
    assertThat(
            NodeDecider.decide(
                    observe(
                        vmi(VirtualMachineInstancePhase.RUNNING), sigterm, LauncherReach.CONNECTED))
                .action())
        .isEqualTo(NodeAction.SHUTDOWN);
  }

  @Test
  void aFailureToStartIsNamedOnceInTheConditionAndAnEventAndRetried() {
    VirtualMachineInstance vmi = vmi(VirtualMachineInstancePhase.SCHEDULED);
    DomainView failed =
        new DomainView(
            false,
            NodeFixtures.UID,
            "NoState",
            "",
            "",
            0,
            null,
            null,
            false,
            0,
            0,
            "containerDisk containerdisk: image is not a disk qemu can read",
            false);
    NodeDecision decision = NodeDecider.decide(observe(vmi, failed, LauncherReach.CONNECTED));
    assertThat(decision.action()).isEqualTo(NodeAction.START);
    assertThat(condition(decision.status(), "Synchronized"))
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("False");
              assertThat(c.getReason()).isEqualTo(ConditionReasons.HANDLER_SYNC_FAILED);
              assertThat(c.getMessage()).contains("not a disk qemu can read");
            });
    assertThat(decision.events()).extracting(NodeEvent::reason).containsExactly("SyncFailed");
    vmi.setStatus(decision.status());
    NodeDecision again = NodeDecider.decide(observe(vmi, failed, LauncherReach.CONNECTED));
    assertThat(again.events()).isEmpty();
    assertThat(again.status()).isNull();
  }

  private static VirtualMachineInstancePhase phaseAfter(
      VirtualMachineInstance vmi, String state, String reason) {
    return NodeDecider.decide(observe(vmi, domain(state, reason), LauncherReach.CONNECTED))
        .status()
        .getPhase();
  }

  private static DomainView withShutdownStarted(DomainView d, long unix) {
    return new DomainView(
        d.exists(),
        d.vmiUid(),
        d.state(),
        d.reason(),
        d.machineType(),
        d.currentMemoryBytes(),
        d.interfaceMacs(),
        d.diskTargets(),
        false,
        unix,
        30,
        "",
        false);
  }

  private static Condition condition(VirtualMachineInstanceStatus status, String type) {
    List<Condition> conditions = status.getConditions();
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }
}
