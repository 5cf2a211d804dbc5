package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Interface;
import io.jvirt.common.model.Extensible;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds upstream fields jvirt stores without modelling in the parts of a VMI that shape the domain:
 * the converter cannot express them, and starting the guest without them would silently drop what
 * the user asked for (a TPM, a watchdog, Hyper-V enlightenments, ...).
 */
final class UnexpressedFields {
  /** Interface fields that only concern pod networking (the DHCP server), not the domain. */
  static final Set<String> NETWORKING_ONLY = Set.of("dhcpOptions");

  private UnexpressedFields() {}

  /** Throws naming every such field; returns when there is none. */
  static void check(VmiView vmi) {
    DomainSpec domain = vmi.domain();
    List<String> fields = new ArrayList<>();
    String prefix = "spec.domain.";
    add(fields, domain, prefix, Set.of());
    add(fields, domain.getCpu(), prefix + "cpu.", Set.of());
    add(fields, domain.getMemory(), prefix + "memory.", Set.of());
    add(fields, domain.getFirmware(), prefix + "firmware.", Set.of());
    add(fields, domain.getFeatures(), prefix + "features.", Set.of());
    add(fields, domain.getClock(), prefix + "clock.", Set.of());
    if (domain.getClock() != null) {
      add(fields, domain.getClock().getTimer(), prefix + "clock.timer.", Set.of());
    }
    add(fields, domain.getDevices(), prefix + "devices.", Set.of());
    List<Disk> disks = VmiView.orEmpty(vmi.devices().getDisks());
    for (int i = 0; i < disks.size(); i++) {
      Disk disk = disks.get(i);
      String path = prefix + "devices.disks[" + i + "].";
      add(fields, disk, path, Set.of());
      add(fields, disk.getDisk(), path + "disk.", Set.of());
      add(fields, disk.getCdrom(), path + "cdrom.", Set.of());
      add(fields, disk.getLun(), path + "lun.", Set.of());
    }
    List<Interface> interfaces = VmiView.orEmpty(vmi.devices().getInterfaces());
    for (int i = 0; i < interfaces.size(); i++) {
      add(fields, interfaces.get(i), prefix + "devices.interfaces[" + i + "].", NETWORKING_ONLY);
    }
    if (!fields.isEmpty()) {
      throw new ConversionException(
          fields, String.join(", ", fields) + ": not expressible in jvirt's libvirt domain");
    }
  }

  private static void add(
      List<String> fields, Extensible part, String prefix, Set<String> ignored) {
    if (part == null) {
      return;
    }
    for (Map.Entry<String, Object> field : part.getUnmodelledFields().entrySet()) {
      if (Objects.nonNull(field.getValue()) && !ignored.contains(field.getKey())) {
        fields.add(prefix + field.getKey());
      }
    }
  }
}
