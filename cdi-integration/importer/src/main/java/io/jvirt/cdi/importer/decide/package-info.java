/**
 * The importer's pure logic: phases, formats, sizes, progress and messages; no files, no network.
 */
package io.jvirt.cdi.importer.decide;
