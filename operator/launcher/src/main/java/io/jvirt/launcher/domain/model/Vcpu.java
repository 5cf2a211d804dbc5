package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/** The number of virtual CPUs: {@code <vcpu placement="static">2</vcpu>}. */
public record Vcpu(
    @JacksonXmlProperty(isAttribute = true) String placement, @JacksonXmlText int count) {

  /** {@code <vcpus>}: per vCPU, whether it is on at boot, for CPU hotplug. */
  public record States(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "vcpu")
          List<State> vcpus) {}

  /** One vCPU: on at boot or not, and whether it may be unplugged. */
  public record State(
      @JacksonXmlProperty(isAttribute = true) int id,
      @JacksonXmlProperty(isAttribute = true) String enabled,
      @JacksonXmlProperty(isAttribute = true) String hotpluggable) {}
}
