package io.jvirt.common.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Independent copies of model objects through their JSON form, so decisions never share state with
 * their inputs: the one copier every pure decision class uses.
 */
public final class DeepCopies {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private DeepCopies() {}

  /** A structurally equal, independent copy of {@code value} as {@code type}; null stays null. */
  public static <T> T of(Object value, Class<T> type) {
    return value == null ? null : MAPPER.convertValue(value, type);
  }

  /** {@code value} converted to the generic {@code type}, e.g. a list of tolerations. */
  public static <T> T of(Object value, TypeReference<T> type) {
    return value == null ? null : MAPPER.convertValue(value, type);
  }

  /** An untyped value (as kept for unmodelled fields) copied; null stays null. */
  public static Object ofUntyped(Object value) {
    return value == null ? null : MAPPER.convertValue(value, Object.class);
  }

  /** {@code value} as compact JSON, for messages. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
