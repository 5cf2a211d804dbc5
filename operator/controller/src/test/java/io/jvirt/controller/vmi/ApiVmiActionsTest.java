package io.jvirt.controller.vmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.controller.config.model.ClusterConfig;
import io.jvirt.daemon.events.EventRecorder;
import io.jvirt.testing.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ApiVmiActions} creates one launcher pod per VMI without listing pods, against a stub. */
class ApiVmiActionsTest {
  private static final String UID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
  private static final String PODS = "/api/v1/namespaces/default/pods";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
  private StubApiServer server;
  private KubernetesClient client;
  private ApiVmiActions actions;

  @BeforeEach
  void start() throws IOException {
    server = new StubApiServer();
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(server.url())
            .withRequestRetryBackoffLimit(0)
            .build();
    client = new KubernetesClientBuilder().withConfig(config).build();
    actions =
        new ApiVmiActions(
            client,
            new EventRecorder(client, "virt-controller", clock),
            () -> ClusterConfig.defaults("registry.local/kubevirt/virt-launcher:v1.5.0"),
            clock);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aSecondApplyBeforeTheInformerShowsThePodCreatesNoSecondPodAndListsNothing() {
    VirtualMachineInstance vmi = pendingVmi();

    launch(vmi, List.of());
    launch(vmi, List.of());

    assertThat(server.posts(PODS)).isEqualTo(1);
    assertThat(server.requests()).allMatch(r -> "POST".equals(r.method()));
  }

  @Test
  void onceTheInformerShowsThePodALostPodIsReplaced() {
    VirtualMachineInstance vmi = pendingVmi();
    launch(vmi, List.of());

    actions.observePods(vmi, List.of(launcher()));
    launch(vmi, List.of());

    assertThat(server.posts(PODS)).isEqualTo(2);
  }

  @Test
  void aLostInformerEventHoldsTheVmiOnlyForFiveMinutes() {
    VirtualMachineInstance vmi = pendingVmi();
    launch(vmi, List.of());

    clock.advance(Duration.ofMinutes(5));
    launch(vmi, List.of());
    assertThat(server.posts(PODS)).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    launch(vmi, List.of());
    assertThat(server.posts(PODS)).isEqualTo(2);
  }

  @Test
  void aRefusedCreationIsRetriedAtOnce() {
    VirtualMachineInstance vmi = pendingVmi();
    server.refusePods(true);
    assertThatThrownBy(() -> launch(vmi, List.of())).isInstanceOf(KubernetesClientException.class);

    server.refusePods(false);
    launch(vmi, List.of());

    assertThat(server.posts(PODS)).isEqualTo(2);
  }

  @Test
  void aForgottenVmiExpectsNothing() {
    VirtualMachineInstance vmi = pendingVmi();
    launch(vmi, List.of());

    actions.forget(vmi);
    launch(vmi, List.of());

    assertThat(server.posts(PODS)).isEqualTo(2);
  }

  @Test
  void theUnpausedGateIsOneStrategicMergeUntilTheInformerShowsIt() {
    VirtualMachineInstance vmi = pendingVmi();
    Pod pod =
        new PodBuilder(launcher())
            .editMetadata()
            .withUid("pod-uid")
            .endMetadata()
            .withNewStatus()
            .withPhase("Pending")
            .endStatus()
            .build();

    actions.syncReadinessGates(vmi, List.of(pod));
    actions.syncReadinessGates(vmi, List.of(pod));

    assertThat(server.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("PATCH");
              assertThat(r.path()).isEqualTo(PODS + "/virt-launcher-testvmi-abcde/status");
              assertThat(r.contentType()).startsWith("application/strategic-merge-patch+json");
            });
  }

  /** A Pending VMI in the shape admission leaves it; its status is the one the tests keep. */
  private static VirtualMachineInstance pendingVmi() {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(
        new ObjectMetaBuilder().withName("testvmi").withNamespace("default").withUid(UID).build());
    vmi.setSpec(
        new VirtualMachineInstanceSpec()
            .setDomain(new DomainSpec().setDevices(new Devices().setDisks(new ArrayList<>()))));
    vmi.setStatus(new VirtualMachineInstanceStatus().setPhase(VirtualMachineInstancePhase.PENDING));
    return vmi;
  }

  /** One sync's pod side: the informer's pods observed, then the launcher pod asked for. */
  private void launch(VirtualMachineInstance vmi, List<Pod> pods) {
    actions.observePods(vmi, pods);
    actions.createLauncherPod(vmi);
  }

  /** The launcher pod as the informer shows it, before it has a status. */
  private static Pod launcher() {
    return new PodBuilder()
        .withNewMetadata()
        .withName("virt-launcher-testvmi-abcde")
        .withNamespace("default")
        .endMetadata()
        .build();
  }
}
