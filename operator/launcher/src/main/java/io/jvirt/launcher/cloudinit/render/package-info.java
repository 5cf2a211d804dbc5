/**
 * Pure rendering of a VMI's cloud-init NoCloud or ConfigDrive data into the files of its ISO; the
 * launcher runtime reads the secrets and writes the ISO.
 */
package io.jvirt.launcher.cloudinit.render;
