/** A read-only HTTP file server for CDI's end-to-end tests, like upstream's func-test file host. */
package io.jvirt.cdi.filehost;
