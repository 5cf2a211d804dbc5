package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/** A device's alias; user-defined ones start with {@code ua-} and name the VMI's device. */
public record Alias(@JacksonXmlProperty(isAttribute = true) String name) {
  /** The prefix libvirt requires for aliases chosen by the domain's author. */
  public static final String USER_PREFIX = "ua-";

  /** The alias of the VMI device called {@code name}. */
  public static Alias user(String name) {
    return new Alias(USER_PREFIX + name);
  }
}
