/**
 * The host-assisted clone's source program: reads the source PVC's disk and sends it, compressed,
 * to the target's upload server.
 */
package io.jvirt.cdi.importer.clone;
