package io.jvirt.launcher;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** virt-launcher's flags, as virt-controller renders them on the compute container (upstream's). */
@Command(name = "virt-launcher", description = "Runs one VMI's libvirt domain.")
final class LauncherOptions {
  @Option(names = "--qemu-timeout", description = "How long to wait for the domain, e.g. 284s.")
  String qemuTimeout = "240s";

  @Option(names = "--name", required = true)
  String name;

  @Option(names = "--uid", required = true)
  String uid;

  @Option(names = "--namespace", required = true)
  String namespace;

  @Option(names = "--kubevirt-share-dir")
  String shareDir = "/var/run/kubevirt";

  @Option(names = "--ephemeral-disk-dir")
  String ephemeralDiskDir = "/var/run/kubevirt-ephemeral-disks";

  @Option(names = "--container-disk-dir")
  String containerDiskDir = "/var/run/kubevirt/container-disks";

  @Option(names = "--grace-period-seconds", description = "Kill QEMU this long after SIGTERM.")
  long gracePeriodSeconds = 45;

  @Option(names = "--hook-sidecars")
  int hookSidecars;

  @Option(names = "--run-as-nonroot")
  boolean runAsNonRoot;

  @Option(names = "--allow-emulation", description = "Run guests under software emulation.")
  boolean allowEmulation;

  /** The qemu timeout as a duration ("284s", or plain seconds). */
  Duration qemuTimeout() {
    String text =
        qemuTimeout.endsWith("s")
            ? qemuTimeout.substring(0, qemuTimeout.length() - 1)
            : qemuTimeout;
    return Duration.ofSeconds(Long.parseLong(text));
  }

  /** The libvirt domain name of the VMI (upstream's {@code <namespace>_<name>}). */
  String domainName() {
    return namespace + "_" + name;
  }
}
