package io.jvirt.launcher.domain.render;

/**
 * What virt-handler prepared for one VMI interface in the pod's network namespace: the tap device,
 * the MAC the guest must use (the spec's, or the pod interface's) and the link MTU.
 *
 * @param tap tap device name, e.g. {@code tap0}
 * @param mac the guest MAC; null falls back to the interface's {@code macAddress}
 * @param mtu the MTU to tell the guest; null leaves it to QEMU
 */
public record InterfaceBinding(String tap, String mac, Integer mtu) {}
