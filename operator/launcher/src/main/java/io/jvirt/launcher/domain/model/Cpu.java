package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;
import lombok.Builder;

/** The guest CPU: mode, model, topology, features and NUMA cells. */
@Builder
public record Cpu(
    @JacksonXmlProperty(isAttribute = true) String mode,
    @JacksonXmlProperty(isAttribute = true) String match,
    Model model,
    Topology topology,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "feature")
        List<Feature> features,
    @JacksonXmlElementWrapper(localName = "numa") @JacksonXmlProperty(localName = "cell")
        List<NumaCell> numa) {

  /** A named CPU model; {@code fallback="allow"} lets libvirt pick a close one. */
  public record Model(
      @JacksonXmlProperty(isAttribute = true) String fallback, @JacksonXmlText String name) {}

  /** Sockets, cores per socket and threads per core. */
  public record Topology(
      @JacksonXmlProperty(isAttribute = true) int sockets,
      @JacksonXmlProperty(isAttribute = true) int cores,
      @JacksonXmlProperty(isAttribute = true) int threads) {}

  /** One CPU flag and its policy (require, disable, ...). */
  public record Feature(
      @JacksonXmlProperty(isAttribute = true) String policy,
      @JacksonXmlProperty(isAttribute = true) String name) {}

  /** One guest NUMA node. */
  public record NumaCell(
      @JacksonXmlProperty(isAttribute = true) int id,
      @JacksonXmlProperty(isAttribute = true) String cpus,
      @JacksonXmlProperty(isAttribute = true) long memory,
      @JacksonXmlProperty(isAttribute = true) String unit) {}
}
