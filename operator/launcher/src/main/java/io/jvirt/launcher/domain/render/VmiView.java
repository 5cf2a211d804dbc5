package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.domain.Features;
import io.jvirt.api.v1.domain.Firmware;
import io.jvirt.api.v1.volume.Volume;
import java.util.List;
import java.util.Optional;

/** Null-safe reads of a VMI: manifests may leave out any section the converter walks. */
record VmiView(VirtualMachineInstance vmi) {

  VirtualMachineInstanceSpec spec() {
    if (vmi.getSpec() == null || vmi.getSpec().getDomain() == null) {
      throw new ConversionException("spec.domain", "a VMI needs a domain");
    }
    return vmi.getSpec();
  }

  DomainSpec domain() {
    return spec().getDomain();
  }

  Devices devices() {
    return domain().getDevices() == null ? new Devices() : domain().getDevices();
  }

  /** Upstream's API defaults give every VMI a features section, so an absent one is empty. */
  Features features() {
    return domain().getFeatures() == null ? new Features() : domain().getFeatures();
  }

  Optional<Firmware> firmware() {
    return Optional.ofNullable(domain().getFirmware());
  }

  List<Volume> volumes() {
    return orEmpty(spec().getVolumes());
  }

  String name() {
    return vmi.getMetadata().getName();
  }

  String namespace() {
    return vmi.getMetadata().getNamespace();
  }

  String uid() {
    return vmi.getMetadata().getUid();
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  static boolean isFalse(Boolean value) {
    return Boolean.FALSE.equals(value);
  }
}
