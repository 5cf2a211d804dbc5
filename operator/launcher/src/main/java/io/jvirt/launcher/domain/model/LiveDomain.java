package io.jvirt.launcher.domain.model;

/**
 * What libvirt reports of a defined domain that the launcher passes on: the VMI it runs, the
 * expanded machine type (e.g. pc-q35-7.2) and the memory the guest has now.
 */
public record LiveDomain(String name, String vmiUid, String machineType, long currentMemoryBytes) {}
