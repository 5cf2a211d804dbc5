package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.List;

/** SMBIOS values the guest reads: {@code <sysinfo type="smbios"><system><entry .../>}. */
public record SysInfo(
    @JacksonXmlProperty(isAttribute = true) String type,
    @JacksonXmlElementWrapper(localName = "system") @JacksonXmlProperty(localName = "entry")
        List<Entry> system) {

  /** One named SMBIOS value. */
  public record Entry(
      @JacksonXmlProperty(isAttribute = true) String name, @JacksonXmlText String value) {}
}
