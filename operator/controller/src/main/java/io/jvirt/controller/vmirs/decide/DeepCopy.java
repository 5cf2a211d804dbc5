package io.jvirt.controller.vmirs.decide;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deep copies of model objects through their JSON form, so plans never share state with inputs. */
final class DeepCopy {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DeepCopy() {}

  /** A structurally equal, independent copy of {@code value}; null stays null. */
  static <T> T of(T value, Class<T> type) {
    return value == null ? null : MAPPER.convertValue(value, type);
  }
}
