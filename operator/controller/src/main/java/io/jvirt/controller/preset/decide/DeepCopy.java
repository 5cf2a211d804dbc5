package io.jvirt.controller.preset.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Deep copies and printable forms of model objects through their JSON form. */
final class DeepCopy {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DeepCopy() {}

  /** A structurally equal, independent copy of {@code value}; null stays null. */
  static <T> T of(T value, Class<T> type) {
    return value == null ? null : MAPPER.convertValue(value, type);
  }

  /** An untyped value (as kept for unmodelled fields) copied; null stays null. */
  static Object ofUntyped(Object value) {
    return value == null ? null : MAPPER.convertValue(value, Object.class);
  }

  /** {@code value} as compact JSON, for conflict messages. */
  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
