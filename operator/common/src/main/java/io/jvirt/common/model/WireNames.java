package io.jvirt.common.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The manifest spelling of enum constants, read from their {@code @JsonProperty}. */
public final class WireNames {
  private WireNames() {}

  /** The string a manifest uses for {@code value}, for example {@code RerunOnFailure}. */
  public static String of(Enum<?> value) {
    try {
      JsonProperty property =
          value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
      return property == null ? value.name() : property.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + value, e);
    }
  }
}
