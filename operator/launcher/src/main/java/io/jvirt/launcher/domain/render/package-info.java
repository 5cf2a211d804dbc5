/**
 * The pure conversion of a VirtualMachineInstance into a libvirt domain, and the list of files the
 * launcher must create for it; {@link io.jvirt.launcher.domain.render.DomainConverter} is the
 * entry.
 */
package io.jvirt.launcher.domain.render;
