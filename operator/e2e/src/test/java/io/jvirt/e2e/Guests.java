package io.jvirt.e2e;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.PrintableStatus;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.volume.Volume;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test guests (the seed vm-cirros manifest and vm-debian, with other names, strategies and user
 * data).
 */
final class Guests {
  /** From creation to Running, and to a console line, under software emulation on 2 cores. */
  static final Duration BOOT = Duration.ofMinutes(4);

  /** What the guest prints once booted: its firmware (SMBIOS) UUID. */
  private static final Pattern UP = Pattern.compile("jvirt-guest: up, uuid (\\S+)");

  private Guests() {}

  /** vm-cirros named {@code name}, with {@code strategy} and {@code userData} (a shell script). */
  static VirtualMachine cirros(
      KubernetesClient client, String name, RunStrategy strategy, String userData) {
    return load(client, "/vms/vm-cirros.yaml", name, strategy, userData);
  }

  /**
   * vm-debian (the Debian guest, which needs {@code LocalImages.ensureDebianLoaded}) named {@code
   * name}, with {@code strategy} and {@code cloudConfig} as its user data.
   */
  static VirtualMachine debian(
      KubernetesClient client, String name, RunStrategy strategy, String cloudConfig) {
    return load(client, "/vms/vm-debian.yaml", name, strategy, cloudConfig);
  }

  /** A {@code #cloud-config} adding the user {@code jvirt} who logs in with {@code publicKey}. */
  static String jvirtUser(String publicKey) {
    return "#cloud-config\n"
        + "users:\n"
        + "- name: jvirt\n"
        + "  shell: /bin/bash\n"
        + "  sudo: ALL=(ALL) NOPASSWD:ALL\n"
        + "  ssh_authorized_keys:\n"
        + "  - "
        + publicKey.strip()
        + "\n";
  }

  private static VirtualMachine load(
      KubernetesClient client,
      String resource,
      String name,
      RunStrategy strategy,
      String userData) {
    VirtualMachine vm;
    try (InputStream manifest = Guests.class.getResourceAsStream(resource)) {
      vm = client.resources(VirtualMachine.class).load(manifest).item();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    vm.getMetadata().setName(name);
    vm.getMetadata().setLabels(Map.of("kubevirt.io/vm", name));
    vm.getSpec().getTemplate().getMetadata().setLabels(Map.of("kubevirt.io/vm", name));
    vm.getSpec().setRunning(null);
    vm.getSpec().setRunStrategy(strategy);
    volume(vm, "cloudinitdisk").getCloudInitNoCloud().setUserData(userData);
    return vm;
  }

  /** The volume {@code name} of the VM's template. */
  static Volume volume(VirtualMachine vm, String name) {
    return vm.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> name.equals(v.getName()))
        .findFirst()
        .orElseThrow();
  }

  /** Creates the VM in {@code namespace}. */
  static VirtualMachine create(Jvirt jvirt, String namespace, VirtualMachine vm) {
    return jvirt
        .client()
        .resources(VirtualMachine.class)
        .inNamespace(namespace)
        .resource(vm)
        .create();
  }

  static VirtualMachine vm(Jvirt jvirt, String namespace, String name) {
    return jvirt
        .client()
        .resources(VirtualMachine.class)
        .inNamespace(namespace)
        .withName(name)
        .get();
  }

  /** Waits for a Running, Ready VMI {@code name} whose UID is not {@code notUid}; returns it. */
  static VirtualMachineInstance awaitRunning(
      Jvirt jvirt, String namespace, String name, String notUid) {
    long started = System.nanoTime();
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              VirtualMachineInstance vmi = jvirt.vmi(namespace, name);
              return running(vmi) && !vmi.getMetadata().getUid().equals(notUid);
            });
    System.out.printf(
        "[figures] %s/%s Running in %.1f s%n",
        namespace, name, (System.nanoTime() - started) / 1e9);
    return jvirt.vmi(namespace, name);
  }

  /** Waits until the VMI's console shows {@code text}; returns the console so far. */
  static String awaitConsole(
      Jvirt jvirt, String namespace, VirtualMachineInstance vmi, String text) {
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> jvirt.console(namespace, vmi).contains(text));
    return jvirt.console(namespace, vmi);
  }

  /** The firmware UUID the guest read from SMBIOS and printed once up. */
  static String firmwareUuid(Jvirt jvirt, String namespace, VirtualMachineInstance vmi) {
    String console = awaitConsole(jvirt, namespace, vmi, "jvirt-guest: up, uuid ");
    Matcher m = UP.matcher(console);
    if (!m.find()) {
      throw new AssertionError("no firmware UUID on the console:\n" + console);
    }
    return m.group(1);
  }

  /** Waits until the VMI is in {@code phase}. */
  static VirtualMachineInstance awaitPhase(
      Jvirt jvirt, String namespace, String name, VirtualMachineInstancePhase phase) {
    await()
        .atMost(BOOT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              VirtualMachineInstance vmi = jvirt.vmi(namespace, name);
              return vmi != null && vmi.getStatus() != null && vmi.getStatus().getPhase() == phase;
            });
    return jvirt.vmi(namespace, name);
  }

  /** Waits until the VM's printable status is {@code status}. */
  static void awaitPrintable(Jvirt jvirt, String namespace, String name, PrintableStatus status) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              VirtualMachine vm = vm(jvirt, namespace, name);
              return vm != null
                  && vm.getStatus() != null
                  && Objects.equals(vm.getStatus().getPrintableStatus(), status);
            });
  }

  /** A Running VMI whose Ready condition is True. */
  static boolean running(VirtualMachineInstance vmi) {
    return vmi != null
        && vmi.getStatus() != null
        && vmi.getStatus().getPhase() == VirtualMachineInstancePhase.RUNNING
        && condition(vmi, "Ready", "True").isPresent();
  }

  /** The VMI's condition of {@code type} in {@code status}, if it has one. */
  static Optional<Condition> condition(VirtualMachineInstance vmi, String type, String status) {
    if (vmi == null || vmi.getStatus() == null || vmi.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    return vmi.getStatus().getConditions().stream()
        .filter(c -> type.equals(c.getType()) && status.equals(c.getStatus()))
        .findFirst();
  }
}
