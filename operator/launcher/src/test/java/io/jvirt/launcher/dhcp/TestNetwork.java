package io.jvirt.launcher.dhcp;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.jvirt.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Two throw-away network namespaces: {@code jvnet-<id>} stands in for the launcher pod (the in-pod
 * bridge k6t-eth0 with the DHCP server's address, port vm0 standing in for the tap) and {@code
 * jvnet-<id>-g} for the guest, whose eth0 is vm0's peer. Code runs inside the pod's namespace on a
 * thread that entered it with setns(2); removed on close.
 */
final class TestNetwork implements AutoCloseable {
  static final int MTU = 1400;

  /** libc's open, setns and close. */
  interface LibC extends Library {
    LibC INSTANCE = Native.load("c", LibC.class);

    int open(String path, int flags);

    int setns(int fd, int nstype);

    int close(int fd);
  }

  private static final int CLONE_NEWNET = 0x40000000;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  final String pod;
  final String guest;

  private TestNetwork(String pod, String guest) {
    this.pod = pod;
    this.guest = guest;
  }

  /** Whether this machine can run it: root, with ip and busybox. */
  static boolean supported() {
    return "root".equals(System.getProperty("user.name"))
        && Files.isExecutable(Path.of("/usr/sbin/ip"))
        && Files.isExecutable(Path.of("/usr/bin/busybox"));
  }

  /** The bridge with {@code serverCidr}, its port, and the guest's eth0 with {@code guestMac}. */
  static TestNetwork start(String serverCidr, String guestMac) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    TestNetwork network = new TestNetwork("jvnet-" + id, "jvnet-" + id + "-g");
    run("ip netns add " + network.pod);
    run("ip netns add " + network.guest);
    try {
      network.inPod("ip link set lo up");
      network.inPod("ip link add k6t-eth0 mtu " + MTU + " type bridge");
      network.inPod("ip addr add " + serverCidr + " dev k6t-eth0");
      network.inPod(
          "ip link add vm0 mtu "
              + MTU
              + " type veth peer name eth0 mtu "
              + MTU
              + " netns "
              + network.guest);
      network.inPod("ip link set vm0 master k6t-eth0 up");
      network.inPod("ip link set k6t-eth0 up");
      network.inGuest("ip link set lo up");
      network.inGuest("ip link set eth0 address " + guestMac + " up");
      return network;
    } catch (RuntimeException e) {
      network.close();
      throw e;
    }
  }

  /** Runs {@code command} (an ip command) in the pod's namespace. */
  String inPod(String command) {
    return run("ip -n " + pod + " " + command.substring("ip ".length()));
  }

  /** Runs {@code command} in the guest's namespace. */
  String inGuest(String command) {
    return run("ip netns exec " + guest + " " + command);
  }

  /** Runs {@code command} in the guest's namespace, whatever its exit code. */
  Commands.Result tryInGuest(List<String> command) {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", guest));
    full.addAll(command);
    return Commands.run(Path.of("/"), TIMEOUT, full);
  }

  /**
   * Calls {@code action} on a new thread inside the pod's network namespace: sockets it opens
   * belong to that namespace, and so do threads it starts.
   */
  <T> T inPodNamespace(Callable<T> action) throws Exception {
    FutureTask<T> task =
        new FutureTask<>(
            () -> {
              int fd = LibC.INSTANCE.open("/var/run/netns/" + pod, 0);
              if (fd < 0) {
                throw new IllegalStateException("cannot open netns " + pod);
              }
              try {
                if (LibC.INSTANCE.setns(fd, CLONE_NEWNET) != 0) {
                  throw new IllegalStateException("setns failed, errno " + Native.getLastError());
                }
              } finally {
                LibC.INSTANCE.close(fd);
              }
              return action.call();
            });
    Thread thread = new Thread(task, "in-" + pod);
    thread.start();
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  @Override
  public void close() {
    Commands.run(Path.of("/"), TIMEOUT, List.of("ip", "netns", "del", pod));
    Commands.run(Path.of("/"), TIMEOUT, List.of("ip", "netns", "del", guest));
  }

  private static String run(String command) {
    List<String> argv = Arrays.asList(command.split(" "));
    return Commands.run(Path.of("/"), TIMEOUT, argv).orThrow(argv);
  }
}
