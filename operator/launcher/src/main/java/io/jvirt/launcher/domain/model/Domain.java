package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Builder;

/** A libvirt domain: {@code <domain type="kvm|qemu">} and everything jvirt puts in it. */
@Builder(toBuilder = true)
@JacksonXmlRootElement(localName = "domain")
public record Domain(
    @JacksonXmlProperty(isAttribute = true) String type,
    String name,
    Metadata metadata,
    Memory memory,
    MemoryBacking memoryBacking,
    Vcpu vcpu,
    Vcpu.States vcpus,
    Integer iothreads,
    SysInfo sysinfo,
    Os os,
    Features features,
    Cpu cpu,
    Clock clock,
    Devices devices) {}
