package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A device's place in the boot order, lowest first. */
public record Boot(@JacksonXmlProperty(isAttribute = true) int order) {}
