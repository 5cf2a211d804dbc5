package io.jvirt.launcher.domain.model;

/** An element whose presence alone means "on", such as {@code <acpi/>} or {@code <readonly/>}. */
public record Flag() {
  /** The one value there is. */
  public static final Flag ON = new Flag();
}
