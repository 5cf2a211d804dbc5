package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/** How guest memory is backed: hugepages of one size, from a memfd. */
public record MemoryBacking(
    @JacksonXmlElementWrapper(localName = "hugepages") @JacksonXmlProperty(localName = "page")
        List<Page> hugepages,
    Source source) {

  /** One hugepage size, in KiB. */
  public record Page(
      @JacksonXmlProperty(isAttribute = true) long size,
      @JacksonXmlProperty(isAttribute = true) String unit) {}

  /** The memory source type, e.g. memfd. */
  public record Source(@JacksonXmlProperty(isAttribute = true) String type) {}
}
