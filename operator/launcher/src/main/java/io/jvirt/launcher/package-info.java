/** virt-launcher: the VMI's libvirt domain, its disks and networking inside the launcher pod. */
package io.jvirt.launcher;
