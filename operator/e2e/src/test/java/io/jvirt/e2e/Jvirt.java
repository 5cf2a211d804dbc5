package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.contract.Components;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.contract.LauncherPod;
import io.jvirt.installer.cli.Installer;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The E2E environment, once per test JVM: the local cluster, every image built here and loaded,
 * jvirt installed by its own installer with software emulation, and the tools a user has — kubectl
 * (the client) and virtctl (the real jar).
 */
final class Jvirt {
  private static Jvirt instance;

  private final LocalCluster cluster;

  private Jvirt(LocalCluster cluster) {
    this.cluster = cluster;
  }

  /** The environment, installed on first use. */
  static synchronized Jvirt get() {
    if (instance == null) {
      LocalCluster cluster = LocalCluster.get();
      LocalImages.ensureLoaded(cluster);
      LocalImages.ensureGuestsLoaded(cluster);
      long started = System.nanoTime();
      instance = new Jvirt(cluster);
      Commands.Result install = instance.install();
      assertThat(install.exitCode()).as(install.output()).isZero();
      System.out.printf(
          "[figures] jvirt installed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
    return instance;
  }

  /**
   * The environment with every image loaded but jvirt left to whoever installs it (the GitOps
   * tests' controllers); not shared with {@link #get()}.
   */
  static Jvirt withoutInstall() {
    LocalCluster cluster = LocalCluster.get();
    LocalImages.ensureLoaded(cluster);
    LocalImages.ensureGuestsLoaded(cluster);
    return new Jvirt(cluster);
  }

  /** Runs the installer's {@code install --emulation} with {@code options}, as a user does. */
  Commands.Result install(String... options) {
    List<String> args = new ArrayList<>(List.of("--emulation"));
    args.addAll(List.of(options));
    return installer("install", args.toArray(String[]::new));
  }

  /** Runs the installer's {@code command} on this cluster with {@code options}. */
  Commands.Result installer(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--kubeconfig", cluster.kubeconfig().toString()));
    StringWriter out = new StringWriter();
    int code =
        Installer.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(out));
    System.out.print(out);
    return new Commands.Result(code, out.toString());
  }

  KubernetesClient client() {
    return cluster.client();
  }

  LocalCluster cluster() {
    return cluster;
  }

  /** A fresh namespace for one test class. */
  String namespace(String prefix) {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return name;
  }

  /**
   * Deletes a test class's namespace with its VMs (their guests would otherwise keep the node's two
   * cores busy for the classes after it), and waits until it is gone.
   */
  void deleteNamespace(String name) {
    client().resources(VirtualMachine.class).inNamespace(name).delete();
    client().resources(VirtualMachineInstanceReplicaSet.class).inNamespace(name).delete();
    client().namespaces().withName(name).delete();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> client().namespaces().withName(name).get() == null);
  }

  /** Runs virtctl as a user does (the built jar), with the cluster's kubeconfig. */
  Commands.Result virtctl(String... args) {
    List<String> command = virtctlCommand(args);
    Commands.Result result = Commands.run(cluster.root(), Duration.ofMinutes(2), command);
    System.out.printf(
        "[virtctl %s] exit %d: %s%n",
        String.join(" ", args), result.exitCode(), result.output().strip());
    return result;
  }

  /** Starts virtctl as a user does, its input and output in the test's hands. */
  VirtctlSession virtctlSession(String... args) {
    return VirtctlSession.start(cluster.root(), virtctlCommand(args));
  }

  /** The command line running the built virtctl jar with the cluster's kubeconfig. */
  List<String> virtctlCommand(String... args) {
    Path jar = cluster.root().resolve("operator/virtctl/target/virtctl.jar");
    List<String> command =
        new ArrayList<>(
            List.of("env", "KUBECONFIG=" + cluster.kubeconfig(), "java", "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The checkout's root directory. */
  Path root() {
    return cluster.root();
  }

  /** Whether every container of {@code pod} has reported ready. */
  static boolean allReady(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getContainerStatuses() != null
        && pod.getStatus().getContainerStatuses().stream()
            .allMatch(s -> Boolean.TRUE.equals(s.getReady()));
  }

  /** The launcher pods of the VMI with {@code uid}. */
  List<Pod> launcherPods(String namespace, String uid) {
    return client()
        .pods()
        .inNamespace(namespace)
        .withLabels(Map.of(Components.LABEL, Components.LAUNCHER, KubevirtLabels.CREATED_BY, uid))
        .list()
        .getItems();
  }

  /**
   * What the guest printed on its serial console so far (`kubectl logs … -c guest-console-log`).
   */
  String console(String namespace, VirtualMachineInstance vmi) {
    StringBuilder all = new StringBuilder();
    for (Pod pod : launcherPods(namespace, vmi.getMetadata().getUid())) {
      try {
        all.append(
            client()
                .pods()
                .inNamespace(namespace)
                .withName(pod.getMetadata().getName())
                .inContainer(LauncherPod.GUEST_CONSOLE_LOG)
                .getLog());
      } catch (RuntimeException e) {
        // the container may not have started yet
      }
    }
    return all.toString();
  }

  /**
   * Runs kubectl as a user does, with the cluster's kubeconfig; logs the command and its output.
   */
  Commands.Result kubectl(String... args) {
    Commands.Result result = cluster.kubectlResult(args);
    System.out.printf(
        "[kubectl %s] exit %d: %s%n",
        String.join(" ", args), result.exitCode(), result.output().strip());
    return result;
  }

  /**
   * The host PID of the QEMU process running domain {@code <namespace>_<name>}, if any (the
   * cluster's node is this machine, so the launcher pod's processes are visible here).
   */
  OptionalLong qemuPid(String namespace, String name) {
    return qemuPids(namespace, name).stream().mapToLong(Long::longValue).findFirst();
  }

  /** The host PIDs of every QEMU process running domain {@code <namespace>_<name>}. */
  List<Long> qemuPids(String namespace, String name) {
    Commands.Result result =
        Commands.run(
            cluster.root(),
            Duration.ofSeconds(10),
            // "[q]" so that one of these pgreps running beside another (QemuCensus polls while a
            // test does) is not counted: its own command line does not match the bracketed form
            List.of("pgrep", "-f", "[q]emu-system.*-name guest=" + namespace + "_" + name + ","));
    return result
        .output()
        .lines()
        .map(String::strip)
        .filter(l -> l.matches("\\d+"))
        .map(Long::parseLong)
        .toList();
  }

  VirtualMachineInstance vmi(String namespace, String name) {
    return client()
        .resources(VirtualMachineInstance.class)
        .inNamespace(namespace)
        .withName(name)
        .get();
  }
}
