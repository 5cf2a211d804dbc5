/** The upload server the upload pod runs: the importer's pipeline fed by an HTTP request body. */
package io.jvirt.cdi.importer.upload;
