package io.jvirt.launcher.domain.render;

import io.jvirt.launcher.domain.model.Address;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guest PCI addresses written as {@code 0000:81:01.1} (domain:bus:slot.function). */
final class PciAddresses {
  private static final Pattern ADDRESS =
      Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])");

  private PciAddresses() {}

  static Address parse(String text, String field) {
    Matcher m = ADDRESS.matcher(text);
    if (!m.matches()) {
      throw new ConversionException(field, "is not a PCI address like 0000:81:01.0: " + text);
    }
    return Address.pci("0x" + m.group(1), "0x" + m.group(2), "0x" + m.group(3), "0x" + m.group(4));
  }
}
