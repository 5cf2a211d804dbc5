package io.jvirt.handler.network;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for a launcher pod on the local machine: a network namespace {@code jvnet-<id>} whose
 * eth0 (a veth, 10.88.1.5/16, MTU 1400, the local cluster's routes and no default route) leads to a
 * second namespace playing the node (10.88.0.1), and a process holding it with its own host name,
 * resolv.conf and a private {@code /run}, whose PID phase 1 is given. Removes it all on close.
 */
final class TestPod implements AutoCloseable {
  static final String POD_IP = "10.88.1.5/16";
  static final String NODE_IP = "10.88.0.1";
  static final int MTU = 1400;
  static final String RESOLV_CONF =
      "search ns1.svc.cluster.local svc.cluster.local cluster.local\\nnameserver 10.96.0.10\\n";

  private static final CommandRunner RUNNER = new ProcessCommandRunner(Duration.ofSeconds(20));

  final String namespace;
  final String nodeNamespace;
  final String guestNamespace;
  private final Process holder;

  private TestPod(String namespace, String nodeNamespace, Process holder) {
    this.namespace = namespace;
    this.nodeNamespace = nodeNamespace;
    this.guestNamespace = namespace + "-g";
    this.holder = holder;
  }

  /** Whether this machine can run it: root, with ip, nft, nsenter and unshare. */
  static boolean supported() {
    return "root".equals(System.getProperty("user.name"))
        && List.of("/usr/sbin/ip", "/usr/sbin/nft", "/usr/bin/nsenter", "/usr/bin/unshare").stream()
            .allMatch(tool -> Files.isExecutable(Path.of(tool)));
  }

  /** Creates the namespaces and starts the holder. */
  static TestPod start() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String pod = "jvnet-" + id;
    String node = "jvnet-" + id + "-n";
    sh("ip netns add " + pod);
    sh("ip netns add " + node);
    try {
      sh("ip -n " + pod + " link set lo up");
      sh(
          "ip -n "
              + pod
              + " link add eth0 mtu "
              + MTU
              + " type veth peer name veth0 mtu "
              + MTU
              + " netns "
              + node);
      sh("ip -n " + node + " addr add " + NODE_IP + "/16 dev veth0");
      sh("ip -n " + node + " link set veth0 up");
      sh("ip -n " + pod + " addr add " + POD_IP + " dev eth0");
      sh("ip -n " + pod + " link set eth0 up");
      // as the CNI bridge plugin does with its ipam routes
      sh("ip -n " + pod + " route append 10.88.0.0/16 via " + NODE_IP + " dev eth0");
      sh("ip -n " + pod + " route add 10.96.0.0/16 via " + NODE_IP + " dev eth0");
      String script =
          "hostname testvm && mount -t tmpfs jvnet /run && mkdir -p /run/kubevirt-private"
              + " && printf '"
              + RESOLV_CONF
              + "' > /run/resolv.conf && mount --bind /run/resolv.conf /etc/resolv.conf"
              + " && exec sleep 600";
      Process holder =
          new ProcessBuilder("ip", "netns", "exec", pod, "unshare", "--uts", "sh", "-c", script)
              .redirectErrorStream(true)
              .start();
      TestPod testPod = new TestPod(pod, node, holder);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !holder.isAlive() || "sleep".equals(testPod.comm()));
      if (!holder.isAlive()) {
        String output = new String(holder.getInputStream().readAllBytes());
        testPod.close();
        throw new IllegalStateException("the pod's holder process failed: " + output);
      }
      return testPod;
    } catch (IOException | RuntimeException e) {
      quietly("ip netns del " + pod);
      quietly("ip netns del " + node);
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** The PID phase 1 enters. */
  int pid() {
    return (int) holder.pid();
  }

  /** Runs a command inside the pod's network namespace and returns its output. */
  String exec(String command) {
    return sh("ip netns exec " + namespace + " " + command);
  }

  /**
   * Plugs a guest into the bridge in place of QEMU on the tap: a namespace {@code jvnet-<id>-g}
   * whose eth0 (MTU 1400, MAC {@code mac}) is the peer of port vm0 of {@code bridge}, with {@code
   * address} and a default route via {@code gateway}.
   */
  void attachGuest(String bridge, String mac, String address, String gateway) {
    sh("ip netns add " + guestNamespace);
    sh("ip -n " + guestNamespace + " link set lo up");
    sh(
        "ip -n "
            + guestNamespace
            + " link add eth0 mtu "
            + MTU
            + " type veth peer name vm0 mtu "
            + MTU
            + " netns "
            + namespace);
    sh("ip -n " + namespace + " link set vm0 master " + bridge + " up");
    sh("ip -n " + guestNamespace + " link set eth0 address " + mac);
    sh("ip -n " + guestNamespace + " addr add " + address + " dev eth0");
    sh("ip -n " + guestNamespace + " link set eth0 up");
    sh("ip -n " + guestNamespace + " route add default via " + gateway);
  }

  /** Runs {@code command} in the namespace {@code netns}, whatever its exit code. */
  static CommandRunner.Result tryIn(String netns, String command) {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", netns));
    argv.addAll(List.of(command.split(" ")));
    return RUNNER.run(argv, null);
  }

  /** Starts {@code command} in the namespace {@code netns} and leaves it running. */
  static Process startIn(String netns, String command) throws IOException {
    List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", netns));
    argv.addAll(List.of(command.split(" ")));
    return new ProcessBuilder(argv).redirectErrorStream(true).start();
  }

  /** The holder's file at {@code path} inside its mount namespace. */
  Path file(String path) {
    return Path.of("/proc/" + pid() + "/root" + path);
  }

  private String comm() throws IOException {
    return Files.readString(Path.of("/proc/" + pid() + "/comm")).trim();
  }

  @Override
  public void close() {
    holder.destroy();
    try {
      holder.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    quietly("ip netns del " + namespace);
    quietly("ip netns del " + nodeNamespace);
    quietly("ip netns del " + guestNamespace);
  }

  static String sh(String command) {
    List<String> argv = new ArrayList<>(List.of(command.split(" ")));
    CommandRunner.Result result = RUNNER.run(argv, null);
    if (!result.ok()) {
      throw new IllegalStateException(command + " failed: " + result.stderr());
    }
    return result.stdout();
  }

  private static void quietly(String command) {
    RUNNER.run(List.of(command.split(" ")), null);
  }
}
