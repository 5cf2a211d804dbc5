package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import lombok.Builder;

/** Hypervisor features of the guest platform. */
@Builder
public record Features(Flag acpi, Apic apic, State smm, Kvm kvm, State pvspinlock, State vmport) {

  /** The local APIC; {@code eoi} switches paravirtual end-of-interrupt. */
  public record Apic(@JacksonXmlProperty(isAttribute = true) String eoi) {}

  /** KVM-specific features. */
  public record Kvm(State hidden) {}
}
