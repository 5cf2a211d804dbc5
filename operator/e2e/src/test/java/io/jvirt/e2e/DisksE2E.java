package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.EmptyDiskSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.testing.Commands;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A PVC disk keeps what the guest wrote across a VM restart; an emptyDisk is empty again. The guest
 * finds each disk by its serial, prints what its first bytes held, then writes a new value there.
 */
class DisksE2E {
  private static final String PROBE =
      """
      #!/bin/sh
      for d in /sys/block/vd*; do
        s=$(cat $d/serial 2>/dev/null)
        case $s in
          keep|scratch)
            dev=/dev/${d##*/}
            old=$(dd if=$dev bs=32 count=1 2>/dev/null | tr -dc 'a-z0-9-')
            new=written-$(cut -c1-8 /proc/sys/kernel/random/uuid)
            printf '%s' "$new" | dd of=$dev conv=notrunc 2>/dev/null
            sync
            echo "jvirt-e2e: $s held [$old] now [$new]"
            ;;
        esac
      done
      echo "jvirt-e2e: disks done"
      """;
  private static final Pattern HELD =
      Pattern.compile("jvirt-e2e: (keep|scratch) held \\[([a-z0-9-]*)\\] now \\[([a-z0-9-]*)\\]");
  private static Jvirt jvirt;
  private static String namespace;

  @BeforeAll
  static void install() {
    jvirt = Jvirt.get();
    namespace = jvirt.namespace("disks");
    HostPathClaim.create(jvirt, namespace, "keep");
  }

  @AfterAll
  static void removeVolume() {
    jvirt.deleteNamespace(namespace);
    HostPathClaim.remove(jvirt, namespace);
  }

  @Test
  void pvcKeepsWhatTheGuestWroteAndEmptyDiskStartsEmpty() {
    VirtualMachine vm = Guests.cirros(jvirt.client(), "disks", RunStrategy.ALWAYS, PROBE);
    var spec = vm.getSpec().getTemplate().getSpec();
    spec.getDomain().getDevices().getDisks().add(HostPathClaim.disk("keep"));
    spec.getDomain().getDevices().getDisks().add(HostPathClaim.disk("scratch"));
    spec.getVolumes().add(HostPathClaim.volume("keep", "keep"));
    spec.getVolumes()
        .add(
            new Volume()
                .setName("scratch")
                .setEmptyDisk(new EmptyDiskSource().setCapacity(new Quantity("64Mi"))));
    Guests.create(jvirt, namespace, vm);

    VirtualMachineInstance first = Guests.awaitRunning(jvirt, namespace, "disks", null);
    String boot1 = Guests.awaitConsole(jvirt, namespace, first, "jvirt-e2e: disks done");
    assertThat(held(boot1, "keep")).isEmpty();
    assertThat(held(boot1, "scratch")).isEmpty();

    Commands.Result restart = jvirt.virtctl("restart", "disks", "-n", namespace);
    assertThat(restart.exitCode()).as(restart.output()).isZero();
    VirtualMachineInstance second =
        Guests.awaitRunning(jvirt, namespace, "disks", first.getMetadata().getUid());
    String boot2 = Guests.awaitConsole(jvirt, namespace, second, "jvirt-e2e: disks done");
    assertThat(held(boot2, "keep"))
        .as("the PVC disk after restart")
        .isEqualTo(written(boot1, "keep"));
    assertThat(held(boot2, "scratch")).as("the emptyDisk after restart").isEmpty();
  }

  private static String held(String console, String serial) {
    return match(console, serial).group(2);
  }

  private static String written(String console, String serial) {
    return match(console, serial).group(3);
  }

  private static Matcher match(String console, String serial) {
    Matcher m = HELD.matcher(console);
    while (m.find()) {
      if (m.group(1).equals(serial)) {
        return m;
      }
    }
    throw new AssertionError("the guest printed nothing for disk " + serial + ":\n" + console);
  }
}
