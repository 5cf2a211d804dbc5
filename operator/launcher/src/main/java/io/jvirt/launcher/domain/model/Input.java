package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A pointing device such as a USB tablet. */
public record Input(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlProperty(isAttribute = true) String bus,
    @JacksonXmlProperty(isAttribute = true) String model,
    Alias alias) {}
