package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/** The guest clock's offset from the host and its timers. */
public record Clock(
    @JacksonXmlProperty(isAttribute = true) String offset,
    @JacksonXmlProperty(isAttribute = true) String adjustment,
    @JacksonXmlProperty(isAttribute = true) String timezone,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "timer")
        List<Timer> timers) {

  /** One timer (rtc, pit, hpet, kvmclock, hypervclock) and how it behaves. */
  public record Timer(
      @JacksonXmlProperty(isAttribute = true) String name,
      @JacksonXmlProperty(isAttribute = true) String tickpolicy,
      @JacksonXmlProperty(isAttribute = true) String present,
      @JacksonXmlProperty(isAttribute = true) String track) {}
}
