package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jvirt.contract.Components;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.testing.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Takes the real node's virt-handler or its kubelet away and brings it back: the handler is
 * SIGKILLed and kept off the node by a node selector nothing matches; kubelet is SIGKILLed and
 * started again by {@code hack/cluster up}. Also shortens the heartbeat, so a node-loss test waits
 * seconds, not upstream's five minutes.
 */
final class NodeOutage {
  /** The handler DaemonSet's node selector while it is kept down: no node carries it. */
  static final String PARKED = "jvirt.io/e2e-parked";

  private static final String CONTROLLER = "deployment/" + Components.CONTROLLER;
  private static final String HANDLER = "daemonset/" + Components.HANDLER;

  private final Jvirt jvirt;
  private final Faults faults;

  NodeOutage(Jvirt jvirt) {
    this.jvirt = jvirt;
    this.faults = new Faults(jvirt, new Random(0));
  }

  /**
   * The handler beats every {@code seconds}; virt-controller gives up on it after {@code timeout}.
   */
  void shortenHeartbeat(int seconds, Duration timeout) {
    setEnv(HANDLER, EnvVars.HEARTBEAT_SECONDS + "=" + seconds);
    setEnv(CONTROLLER, EnvVars.NODE_HEARTBEAT_TIMEOUT + "=" + timeout);
  }

  /** Back to the installed heartbeat. */
  void restoreHeartbeat() {
    setEnv(HANDLER, EnvVars.HEARTBEAT_SECONDS + "-");
    setEnv(CONTROLLER, EnvVars.NODE_HEARTBEAT_TIMEOUT + "-");
  }

  /** SIGKILLs virt-handler and keeps its DaemonSet off every node until {@link #resumeHandler}. */
  void killHandlerAndKeepItDown() {
    assertThat(faults.killOne(Components.HANDLER_MAIN))
        .as("a virt-handler JVM to kill")
        .isPositive();
    patchHandlerSelector("\"true\"");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> handlerPods().isEmpty());
  }

  /** Lets the handler DaemonSet onto the node again and waits until its pod is ready. */
  void resumeHandler() {
    patchHandlerSelector("null");
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> handlerPods().stream().anyMatch(Jvirt::allReady));
  }

  /** SIGKILLs the node's kubelet (its containers, guests included, keep running). */
  void killKubelet() {
    List<Long> pids = faults.pids("/kubelet --config=");
    assertThat(pids).as("kubelet's pid").isNotEmpty();
    faults.killAll(pids);
  }

  /** Starts kubelet again, as after a node reboot. */
  void startKubelet() {
    jvirt.cluster().up();
  }

  /**
   * SIGKILLs every process of the pod with {@code podUid} but its sandbox, as when the pod's
   * containers all crash: the pod ends (restartPolicy Never) while its object stays.
   */
  void killPod(String podUid) {
    List<Long> pids;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      pids =
          procs
              .filter(p -> p.getFileName().toString().matches("\\d+"))
              .filter(p -> inPod(p, podUid))
              .map(p -> Long.parseLong(p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(pids).as("processes of pod %s", podUid).isNotEmpty();
    faults.killAll(pids);
  }

  private static boolean inPod(Path proc, String podUid) {
    try {
      return Files.readString(proc.resolve("cgroup")).contains("pod" + podUid)
          && !"pause".equals(Files.readString(proc.resolve("comm")).strip());
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGKILLs the QEMU process with {@code pid}: the guest dies, its launcher stays. */
  void killQemu(long pid) {
    faults.killAll(List.of(pid));
  }

  /** The node's kubevirt.io/schedulable label. */
  String schedulable(String node) {
    Node now = jvirt.client().nodes().withName(node).get();
    return now.getMetadata().getLabels().get(KubevirtLabels.SCHEDULABLE);
  }

  /** Whether the node's Ready condition is True. */
  boolean ready(String node) {
    Node now = jvirt.client().nodes().withName(node).get();
    return now.getStatus().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()))
        .map(NodeCondition::getStatus)
        .anyMatch("True"::equals);
  }

  private List<Pod> handlerPods() {
    return jvirt
        .client()
        .pods()
        .inNamespace(Components.DEFAULT_NAMESPACE)
        .withLabel(Components.LABEL, Components.HANDLER)
        .list()
        .getItems();
  }

  private void patchHandlerSelector(String value) {
    jvirt
        .client()
        .apps()
        .daemonSets()
        .inNamespace(Components.DEFAULT_NAMESPACE)
        .withName(Components.HANDLER)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"spec\":{\"nodeSelector\":{\""
                + PARKED
                + "\":"
                + value
                + "}}}}}");
  }

  private void setEnv(String workload, String assignment) {
    String[] where = {"-n", Components.DEFAULT_NAMESPACE};
    Commands.Result set = jvirt.kubectl("set", "env", workload, assignment, where[0], where[1]);
    assertThat(set.exitCode()).as(set.output()).isZero();
    Commands.Result rollout =
        jvirt.kubectl("rollout", "status", workload, "--timeout=180s", where[0], where[1]);
    assertThat(rollout.exitCode()).as(rollout.output()).isZero();
  }
}
