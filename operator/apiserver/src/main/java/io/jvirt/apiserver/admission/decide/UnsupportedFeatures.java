package io.jvirt.apiserver.admission.decide;

import io.jvirt.api.v1.DataVolumeTemplateSpec;
import io.jvirt.api.v1.RunStrategy;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstanceMigration;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineSpec;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.common.model.Extensible;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the fields jvirt stores (so manifests round-trip) but cannot run, and rejects each one by
 * name, rather than silently starting a guest without the device or behaviour asked for. Most such
 * fields are ones jvirt keeps unmodelled; modelled fields set to values the launcher cannot build
 * into a domain are found by {@link UnsupportedSettings}.
 */
public final class UnsupportedFeatures {
  /** Upstream fields of a VMI spec that jvirt rejects. */
  static final List<String> SPEC_FIELDS = List.of("resourceClaims");

  /** Upstream fields of a domain that jvirt rejects. */
  static final List<String> DOMAIN_FIELDS = List.of("launchSecurity");

  /** Upstream fields of domain.cpu that jvirt rejects. */
  static final List<String> CPU_FIELDS = List.of("realtime", "numa");

  /** Upstream fields of domain.devices that jvirt rejects. */
  static final List<String> DEVICE_FIELDS =
      List.of("gpus", "hostDevices", "filesystems", "downwardMetrics", "clientPassthrough");

  /** Upstream fields of a disk that jvirt rejects: the launcher cannot express them. */
  static final List<String> DISK_FIELDS = List.of("blockSize", "changedBlockTracking");

  /**
   * Upstream interface fields that jvirt rejects: bindings upstream itself discontinued, and the
   * extra DHCP options the launcher's DHCP server does not serve.
   */
  static final List<String> INTERFACE_FIELDS = List.of("passt", "slirp", "macvtap", "dhcpOptions");

  /** Upstream fields of a VM spec that jvirt rejects. */
  static final List<String> VM_FIELDS = List.of("instancetype", "preference");

  /** Upstream fields of a migration spec (cross-cluster migration) that jvirt rejects. */
  static final List<String> MIGRATION_FIELDS = List.of("sendTo", "receive");

  private UnsupportedFeatures() {}

  /** Unsupported fields of a VMI spec found at {@code prefix} (e.g. "spec." with the dot). */
  public static List<FieldError> find(VirtualMachineInstanceSpec spec, String prefix) {
    if (spec == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>(named(spec, SPEC_FIELDS, prefix));
    errors.addAll(UnsupportedSettings.findInSpec(spec, prefix));
    errors.addAll(findInDomain(spec.getDomain(), prefix + "domain."));
    List<Volume> volumes = VmiParts.volumes(spec);
    for (int i = 0; i < volumes.size(); i++) {
      // Every volume source jvirt can provide is modelled, so any other source is unsupported.
      errors.addAll(all(volumes.get(i), prefix + "volumes[" + i + "]."));
    }
    return errors;
  }

  /** Unsupported fields of a domain found at {@code prefix}, as in a VMI or a preset. */
  public static List<FieldError> findInDomain(DomainSpec domain, String prefix) {
    if (domain == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>(named(domain, DOMAIN_FIELDS, prefix));
    if (domain.getCpu() != null) {
      errors.addAll(named(domain.getCpu(), CPU_FIELDS, prefix + "cpu."));
    }
    if (domain.getDevices() != null) {
      errors.addAll(named(domain.getDevices(), DEVICE_FIELDS, prefix + "devices."));
      var disks = VmiParts.orEmpty(domain.getDevices().getDisks());
      for (int i = 0; i < disks.size(); i++) {
        errors.addAll(named(disks.get(i), DISK_FIELDS, prefix + "devices.disks[" + i + "]."));
      }
      var interfaces = VmiParts.orEmpty(domain.getDevices().getInterfaces());
      for (int i = 0; i < interfaces.size(); i++) {
        String path = prefix + "devices.interfaces[" + i + "].";
        errors.addAll(named(interfaces.get(i), INTERFACE_FIELDS, path));
      }
    }
    errors.addAll(UnsupportedSettings.findInDomain(domain, prefix));
    return errors;
  }

  /** Unsupported fields of a VM: its own, its template's and its dataVolumeTemplates'. */
  public static List<FieldError> findOnVm(VirtualMachine vm) {
    VirtualMachineSpec spec = vm.getSpec();
    if (spec == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>(named(spec, VM_FIELDS, "spec."));
    if (spec.getRunStrategy() == RunStrategy.WAIT_AS_RECEIVER) {
      errors.add(
          new FieldError(
              "spec.runStrategy", "spec.runStrategy WaitAsReceiver is not supported by jvirt"));
    }
    if (spec.getTemplate() != null) {
      errors.addAll(find(spec.getTemplate().getSpec(), "spec.template.spec."));
    }
    List<DataVolumeTemplateSpec> templates = VmiParts.orEmpty(spec.getDataVolumeTemplates());
    for (int i = 0; i < templates.size(); i++) {
      String path = "spec.dataVolumeTemplates[" + i + "].spec.";
      errors.addAll(findInDataVolumeSpec(templates.get(i).getSpec(), path));
    }
    return errors;
  }

  /** Unsupported fields of a migration. */
  public static List<FieldError> findOnMigration(VirtualMachineInstanceMigration migration) {
    return migration.getSpec() == null
        ? List.of()
        : named(migration.getSpec(), MIGRATION_FIELDS, "spec.");
  }

  /** Unsupported fields of a DataVolume. */
  public static List<FieldError> findOnDataVolume(DataVolume dataVolume) {
    return findInDataVolumeSpec(dataVolume.getSpec(), "spec.");
  }

  // Every source CDI-in-jvirt can import from is modelled; gcs, imageio, vddk, snapshot are not.
  private static List<FieldError> findInDataVolumeSpec(DataVolumeSpec spec, String prefix) {
    return spec == null || spec.getSource() == null
        ? List.of()
        : all(spec.getSource(), prefix + "source.");
  }

  private static List<FieldError> named(Extensible object, List<String> fields, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    for (String field : VmiParts.presentKeys(object.getUnmodelledFields())) {
      if (fields.contains(field)) {
        errors.add(unsupported(prefix + field));
      }
    }
    return errors;
  }

  private static List<FieldError> all(Extensible object, String prefix) {
    return VmiParts.presentKeys(object.getUnmodelledFields()).stream()
        .map(field -> unsupported(prefix + field))
        .toList();
  }

  private static FieldError unsupported(String field) {
    return new FieldError(field, field + " is not supported by jvirt");
  }
}
