package io.jvirt.launcher.libvirt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's own libvirt: virtlogd (serial console logs) and libvirtd with the QEMU driver,
 * children of the launcher process, configured to run QEMU as root without namespaces, cgroups or a
 * security driver (the pod is the sandbox), as this project's machines need.
 */
public final class LibvirtDaemons implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LibvirtDaemons.class);

  /** What qemu.conf says: QEMU as root, no per-domain namespace, cgroup or security labels. */
  static final String QEMU_CONF =
      String.join(
          "\n",
          "# written by virt-launcher at start",
          "user = \"root\"",
          "group = \"root\"",
          "dynamic_ownership = 0",
          "remember_owner = 0",
          "namespaces = [ ]",
          "cgroup_controllers = [ ]",
          "security_driver = \"none\"",
          "stdio_handler = \"logd\"",
          "");

  private final Path root;
  private final List<Process> processes = new ArrayList<>();

  /** Daemons using the configuration and runtime directories under {@code root} ("/" in a pod). */
  public LibvirtDaemons(Path root) {
    this.root = root;
  }

  /** Writes the configuration, starts virtlogd and libvirtd, waits for libvirtd's socket. */
  public void start(Duration timeout) {
    try {
      Files.createDirectories(root.resolve("etc/libvirt"));
      Files.writeString(root.resolve("etc/libvirt/qemu.conf"), QEMU_CONF);
      for (String dir :
          List.of(
              "var/run/libvirt",
              "var/log/libvirt/qemu",
              "var/lib/libvirt/qemu",
              "var/cache/libvirt")) {
        Files.createDirectories(root.resolve(dir));
      }
      Files.deleteIfExists(socket());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare libvirt's directories", e);
    }
    processes.add(spawn("/usr/sbin/virtlogd"));
    processes.add(spawn("/usr/sbin/libvirtd"));
    try {
      Awaitility.await()
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(50))
          .until(this::socketOpenOrDaemonDead);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("libvirtd did not open " + socket() + " within " + timeout);
    }
  }

  private boolean socketOpenOrDaemonDead() {
    for (Process process : processes) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            process.info().command().orElse("a libvirt daemon")
                + " exited with status "
                + process.exitValue()
                + " while starting (its messages are in this container's log)");
      }
    }
    return Files.exists(socket());
  }

  /** The socket libvirt clients connect to for qemu:///system. */
  public Path socket() {
    return root.resolve("var/run/libvirt/libvirt-sock");
  }

  /** True while every daemon runs. */
  public boolean alive() {
    return processes.stream().allMatch(Process::isAlive);
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process process = processes.get(i);
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static Process spawn(String binary) {
    try {
      LOG.info("starting {}", binary);
      return new ProcessBuilder(binary).inheritIO().start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary, e);
    }
  }
}
