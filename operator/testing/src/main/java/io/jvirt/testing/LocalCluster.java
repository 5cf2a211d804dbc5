package io.jvirt.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real local cluster of {@code hack/cluster}, as tests use it: started when it is not up, one
 * shared client per test JVM.
 */
public final class LocalCluster {
  /** How long a cold start may take: the first one builds Kubernetes from source. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(45);

  private static LocalCluster instance;

  private final Path root;
  private final Path kubeconfig;
  private final Path binaries;
  private final Path images;
  private final String hostAddress;
  private final KubernetesClient client;

  private LocalCluster(Path root) {
    this.root = root;
    if (hack("status").exitCode() != 0) {
      hack(START_TIMEOUT, "up").orThrow(List.of("hack/cluster", "up"));
    }
    this.kubeconfig = Path.of(hackOrThrow("kubeconfig").strip());
    this.binaries = Path.of(hackOrThrow("bin").strip());
    this.images = Path.of(hackOrThrow("images").strip());
    this.hostAddress = hackOrThrow("host-ip").strip();
    this.client = new KubernetesClientBuilder().withConfig(config()).build();
  }

  /** The cluster, brought up on first use. */
  public static synchronized LocalCluster get() {
    if (instance == null) {
      instance = new LocalCluster(repositoryRoot());
    }
    return instance;
  }

  /** A client with cluster-admin rights. */
  public KubernetesClient client() {
    return client;
  }

  /** The admin kubeconfig file. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /** Runs the cluster's kubectl with the admin kubeconfig; fails when kubectl fails. */
  public String kubectl(String... args) {
    return kubectlResult(args).orThrow(kubectlCommand(args));
  }

  /** Runs the cluster's kubectl with the admin kubeconfig; a failure is a result too. */
  public Commands.Result kubectlResult(String... args) {
    return Commands.run(root, Duration.ofMinutes(2), kubectlCommand(args));
  }

  private List<String> kubectlCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(binaries.resolve("kubectl").toString());
    command.add("--kubeconfig=" + kubeconfig);
    command.addAll(List.of(args));
    return command;
  }

  /** Starts whatever part of the cluster is not running ({@code hack/cluster up}). */
  public void up() {
    hack(START_TIMEOUT, "up").orThrow(List.of("hack/cluster", "up"));
  }

  /** Makes sure at least {@code count} kwok fake nodes exist (label {@code type=kwok}, tainted). */
  public void ensureFakeNodes(int count) {
    hack(START_TIMEOUT, "up", "--fake-nodes", Integer.toString(count))
        .orThrow(List.of("hack/cluster", "up", "--fake-nodes", Integer.toString(count)));
  }

  /** Imports a Docker-archive or OCI image tar into the node's containerd. */
  public void load(Path imageTar) {
    hackOrThrow("load", imageTar.toAbsolutePath().toString());
  }

  /** Gives image {@code source}, which the node has, the name {@code target} too. */
  public void tag(String source, String target) {
    hackOrThrow("tag", source, target);
  }

  /** A base image the cluster builds for itself, e.g. {@code busybox.tar} or {@code pause.tar}. */
  public Path baseImage(String fileName) {
    return images.resolve(fileName);
  }

  /**
   * This machine's address on the pod bridge: where a server of the test listens so that the API
   * server and pods can reach it through a Service without leaving the cluster's network.
   */
  public String hostAddress() {
    return hostAddress;
  }

  /** The checkout this cluster's scripts come from. */
  public Path root() {
    return root;
  }

  private Config config() {
    try {
      return Config.fromKubeconfig(Files.readString(kubeconfig));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + kubeconfig, e);
    }
  }

  private String hackOrThrow(String... args) {
    List<String> command = hackCommand(args);
    return hack(Duration.ofMinutes(5), args).orThrow(command);
  }

  private Commands.Result hack(String... args) {
    return hack(Duration.ofMinutes(5), args);
  }

  private Commands.Result hack(Duration timeout, String... args) {
    return Commands.run(root, timeout, hackCommand(args));
  }

  private List<String> hackCommand(String... args) {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("hack/cluster").toString());
    command.addAll(List.of(args));
    return command;
  }

  /** The checkout: {@code -Djvirt.root}, else the nearest parent folder holding hack/cluster. */
  static Path repositoryRoot() {
    String configured = System.getProperty("jvirt.root");
    if (configured != null && Files.isExecutable(Path.of(configured, "hack", "cluster"))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve("hack/cluster"))) {
        return dir;
      }
    }
    throw new IllegalStateException("hack/cluster not found above " + Path.of("").toAbsolutePath());
  }
}
