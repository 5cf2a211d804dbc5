package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** An element carrying only {@code state="on|off"}, such as {@code <pvspinlock state="off"/>}. */
public record State(@JacksonXmlProperty(isAttribute = true) String state) {
  /** {@code state="on"} or {@code state="off"}. */
  public static State of(boolean on) {
    return new State(on ? "on" : "off");
  }
}
