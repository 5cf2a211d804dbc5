/**
 * The subset of libvirt's domain XML that jvirt emits, as immutable records serialised with Jackson
 * XML by {@link io.jvirt.launcher.domain.model.DomainXml}.
 */
package io.jvirt.launcher.domain.model;
