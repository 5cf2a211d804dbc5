package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API server's own label rules, applied to a template's metadata: the template is stored
 * without a schema, so a bad label would only surface when the controller's VMI create is refused,
 * long after the user's apply succeeded.
 */
final class TemplateMetadataRules {
  private static final String NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern NAME = Pattern.compile(NAME_FORMAT);
  private static final int NAME_MAX = 63;
  private static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;

  private TemplateMetadataRules() {}

  /**
   * The label and annotation errors of {@code metadata} at {@code field} (e.g.
   * spec.template.metadata).
   */
  static List<FieldError> check(ObjectMeta metadata, String field) {
    List<FieldError> errors = new ArrayList<>();
    if (metadata == null) {
      return errors;
    }
    String labels = field + ".labels";
    VmiParts.orEmpty(metadata.getLabels())
        .forEach(
            (key, value) -> {
              keyErrors(key).forEach(e -> errors.add(invalid(labels, key, e)));
              if (value != null && !value.isEmpty()) {
                nameErrors(value, "a valid label")
                    .forEach(e -> errors.add(invalid(labels, value, e)));
              }
            });
    String annotations = field + ".annotations";
    Map<String, String> written = VmiParts.orEmpty(metadata.getAnnotations());
    written
        .keySet()
        .forEach(key -> keyErrors(key).forEach(e -> errors.add(invalid(annotations, key, e))));
    long bytes =
        written.entrySet().stream()
            .mapToLong(
                e -> e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length()))
            .sum();
    if (bytes > ANNOTATIONS_MAX_BYTES) {
      errors.add(
          new FieldError(
              annotations,
              annotations + ": Too long: must have at most " + ANNOTATIONS_MAX_BYTES + " bytes"));
    }
    return errors;
  }

  /** A qualified name: an optional DNS subdomain prefix and a slash, then a name. */
  private static List<String> keyErrors(String key) {
    List<String> errors = new ArrayList<>();
    String name = key;
    int slash = key.indexOf('/');
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        Dns1123.subdomainErrors(prefix).forEach(e -> errors.add("prefix part " + e));
      }
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else {
      errors.addAll(nameErrors(name, "name part"));
    }
    return errors;
  }

  private static List<String> nameErrors(String name, String what) {
    List<String> errors = new ArrayList<>();
    if (name.length() > NAME_MAX) {
      errors.add(what + " must be no more than " + NAME_MAX + " characters");
    }
    if (!NAME.matcher(name).matches()) {
      errors.add(
          what
              + " must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
              + " with an alphanumeric character (regex used for validation is '"
              + NAME_FORMAT
              + "')");
    }
    return errors;
  }

  private static FieldError invalid(String field, String value, String rule) {
    return new FieldError(field, field + ": Invalid value: \"" + value + "\": " + rule);
  }
}
