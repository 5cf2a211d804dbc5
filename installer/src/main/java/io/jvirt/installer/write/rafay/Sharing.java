package io.jvirt.installer.write.rafay;

/** Whether a Rafay add-on or blueprint is shared with other projects. */
public record Sharing(boolean enabled) {
  /** Owned by its project only. */
  public static Sharing disabled() {
    return new Sharing(false);
  }
}
