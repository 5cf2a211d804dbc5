package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.CPU;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.Interface;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Range and size rules on a VMI spec: list lengths (upstream's 256), CPU topology, grace period,
 * disk serials and MAC addresses, so what QEMU or the pod could never take is refused naming the
 * field.
 */
final class VmiLimitRules {
  /** Upstream's bound on the disks, volumes, interfaces and networks of one VMI. */
  static final int MAX_LIST_LENGTH = 256;

  /** Upstream's bound on a guest's vCPUs (QEMU and libvirt take no more). */
  static final long MAX_VCPUS = 512;

  private static final Pattern COLON_OR_DASH_MAC =
      Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4,18}");
  private static final Pattern DOTTED_MAC =
      Pattern.compile("[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){2,9}");

  /** The characters libvirt takes in a disk serial. */
  private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9_.+-]+");

  private VmiLimitRules() {}

  static List<FieldError> check(VirtualMachineInstanceSpec spec, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    List<Disk> disks = VmiParts.disks(spec);
    length(errors, prefix + "domain.devices.disks", disks.size());
    length(errors, prefix + "volumes", VmiParts.volumes(spec).size());
    length(errors, prefix + "domain.devices.interfaces", VmiParts.interfaces(spec).size());
    length(errors, prefix + "networks", VmiParts.networks(spec).size());
    cpu(errors, VmiParts.domain(spec).getCpu(), prefix + "domain.cpu");
    Long grace = spec.getTerminationGracePeriodSeconds();
    if (grace != null && grace < 0) {
      errors.add(notNegative(prefix + "terminationGracePeriodSeconds", grace));
    }
    for (int i = 0; i < disks.size(); i++) {
      serial(errors, disks.get(i).getSerial(), prefix + "domain.devices.disks[" + i + "]");
    }
    List<Interface> interfaces = VmiParts.interfaces(spec);
    for (int i = 0; i < interfaces.size(); i++) {
      mac(
          errors,
          interfaces.get(i).getMacAddress(),
          prefix + "domain.devices.interfaces[" + i + "]");
    }
    return errors;
  }

  private static void length(List<FieldError> errors, String field, int size) {
    if (size > MAX_LIST_LENGTH) {
      errors.add(
          new FieldError(
              field, field + " list exceeds the " + MAX_LIST_LENGTH + " element limit in length"));
    }
  }

  private static void cpu(List<FieldError> errors, CPU cpu, String field) {
    if (cpu == null) {
      return;
    }
    long vcpus = 1;
    boolean valid = true;
    for (var factor :
        List.of(
            new Factor("sockets", cpu.getSockets()),
            new Factor("cores", cpu.getCores()),
            new Factor("threads", cpu.getThreads()))) {
      if (factor.value() == null) {
        continue;
      }
      if (factor.value() < 0) {
        errors.add(notNegative(field + "." + factor.name(), factor.value()));
        valid = false;
      } else if (factor.value() > 0) {
        vcpus = product(vcpus, factor.value());
      }
    }
    if (valid && vcpus > MAX_VCPUS) {
      errors.add(
          new FieldError(
              field,
              field
                  + ": Invalid value: "
                  + vcpus
                  + ": sockets, cores and threads make more than "
                  + MAX_VCPUS
                  + " vCPUs"));
    }
  }

  private static void serial(List<FieldError> errors, String serial, String disk) {
    if (serial != null && !serial.isEmpty() && !SERIAL.matcher(serial).matches()) {
      errors.add(
          new FieldError(
              disk + ".serial",
              disk + " must be made up of the following characters [A-Za-z0-9_.+-], if specified"));
    }
  }

  private static void mac(List<FieldError> errors, String mac, String iface) {
    if (mac == null || mac.isEmpty()) {
      return;
    }
    String field = iface + ".macAddress";
    boolean wellFormed = COLON_OR_DASH_MAC.matcher(mac).matches();
    boolean dotted = DOTTED_MAC.matcher(mac).matches();
    int bytes = dotted ? (mac.length() + 1) / 5 * 2 : (mac.length() + 1) / 3;
    if (!(wellFormed || dotted) || !(bytes == 6 || bytes == 8 || bytes == 20)) {
      errors.add(
          new FieldError(
              field, "interface " + iface + ".name has malformed MAC address (" + mac + ")."));
    } else if (bytes > 6) {
      errors.add(
          new FieldError(
              field,
              "interface " + iface + ".name has MAC address (" + mac + ") that is too long."));
    }
  }

  private static long product(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static FieldError notNegative(String field, long value) {
    return new FieldError(
        field, field + ": Invalid value: " + value + ": must be greater than or equal to 0");
  }

  /** One CPU topology factor and its name. */
  private record Factor(String name, Integer value) {}
}
