package io.jvirt.launcher.domain.render;

import java.util.List;

/** The VMI asks for something the converter cannot express; names the offending fields. */
public final class ConversionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> fields;

  /** One field and why it cannot be converted. */
  public ConversionException(String field, String reason) {
    this(List.of(field), field + ": " + reason);
  }

  /** Several fields with one message. */
  public ConversionException(List<String> fields, String message) {
    super(message);
    this.fields = List.copyOf(fields);
  }

  /** The VMI field paths at fault, e.g. {@code spec.domain.devices.disks[0].bus}. */
  public List<String> fields() {
    return fields;
  }
}
