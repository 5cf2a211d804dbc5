package io.jvirt.apiserver.admission;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.jvirt.apiserver.admission.decide.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a failure to read an admitted object into its typed model into the field it broke, worded
 * as the API server words schema errors, so a typo in an enum is refused naming the field and the
 * supported values rather than failing the webhook call.
 */
public final class DecodeErrors {
  private DecodeErrors() {}

  /** The field error behind {@code failure}, a conversion failure of Jackson or fabric8. */
  public static FieldError of(RuntimeException failure) {
    JsonMappingException mapping = mappingCause(failure);
    if (mapping == null) {
      return new FieldError("", "cannot read the object: " + failure.getMessage());
    }
    String field = path(mapping.getPath());
    return new FieldError(field, field + ": " + rule(mapping));
  }

  /** The dotted JSON path of {@code references}, with list indexes in brackets. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String rule(JsonMappingException mapping) {
    if (mapping instanceof InvalidFormatException invalid
        && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum()) {
      return "Unsupported value: \""
          + invalid.getValue()
          + "\": supported values: "
          + supportedValues(invalid.getTargetType());
    }
    if (mapping instanceof InvalidFormatException invalid) {
      return "Invalid value: \"" + invalid.getValue() + "\": " + expected(invalid.getTargetType());
    }
    if (mapping instanceof MismatchedInputException mismatched) {
      return "Invalid value: " + expected(mismatched.getTargetType());
    }
    return "Invalid value: " + mapping.getOriginalMessage();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "wrong type";
    }
    if (type.isEnum()) {
      return "must be one of " + supportedValues(type);
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "must be of type integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be of type boolean";
    }
    if (type == String.class) {
      return "must be of type string";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "must be of type array";
    }
    return "must be of type object";
  }

  private static String supportedValues(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(DecodeErrors::jsonName)
        .map(name -> "\"" + name + "\"")
        .collect(Collectors.joining(", "));
  }

  private static String jsonName(Object constant) {
    Enum<?> value = (Enum<?>) constant;
    try {
      var property =
          value
              .getDeclaringClass()
              .getField(value.name())
              .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return property == null ? value.name() : property.value();
    } catch (NoSuchFieldException e) {
      return value.name();
    }
  }

  private static JsonMappingException mappingCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonMappingException mapping) {
        return mapping;
      }
    }
    return null;
  }
}
