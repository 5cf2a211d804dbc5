package io.jvirt.launcher.domain.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import lombok.Builder;

/** How the guest boots: machine type, firmware, direct kernel boot, SMBIOS source. */
@Builder
public record Os(
    Type type,
    Loader loader,
    Nvram nvram,
    String kernel,
    String initrd,
    String cmdline,
    BootMenu bootmenu,
    Bios bios,
    Smbios smbios) {

  /** {@code <type arch="x86_64" machine="q35">hvm</type>}. */
  public record Type(
      @JacksonXmlProperty(isAttribute = true) String arch,
      @JacksonXmlProperty(isAttribute = true) String machine,
      @JacksonXmlText String value) {}

  /** The firmware image, e.g. read-only OVMF code in a pflash device. */
  public record Loader(
      @JacksonXmlProperty(isAttribute = true) String readonly,
      @JacksonXmlProperty(isAttribute = true) String secure,
      @JacksonXmlProperty(isAttribute = true) String type,
      @JacksonXmlText String path) {}

  /** The guest's EFI variable store, copied from {@code template} when missing. */
  public record Nvram(
      @JacksonXmlProperty(isAttribute = true) String template, @JacksonXmlText String path) {}

  /** The firmware's interactive boot menu. */
  public record BootMenu(
      @JacksonXmlProperty(isAttribute = true) String enable,
      @JacksonXmlProperty(isAttribute = true) Integer timeout) {}

  /** SeaBIOS settings: {@code useserial="yes"} prints the BIOS on the serial console. */
  public record Bios(@JacksonXmlProperty(isAttribute = true) String useserial) {}

  /** Where SMBIOS values come from: {@code sysinfo} means the domain's sysinfo block. */
  public record Smbios(@JacksonXmlProperty(isAttribute = true) String mode) {}
}
