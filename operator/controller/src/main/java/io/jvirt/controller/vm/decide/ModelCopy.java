package io.jvirt.controller.vm.decide;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deep copies of model objects through their JSON form, so results never share state. */
final class ModelCopy {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ModelCopy() {}

  /** A structurally equal, independent copy of {@code value}; null stays null. */
  static <T> T of(Object value, Class<T> type) {
    return value == null ? null : MAPPER.convertValue(value, type);
  }
}
