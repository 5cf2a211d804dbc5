/** CDI's importer program: one import per pod, from the env the cdi-controller renders. */
package io.jvirt.cdi.importer;
