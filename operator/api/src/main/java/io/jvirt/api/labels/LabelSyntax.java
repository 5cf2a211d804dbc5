package io.jvirt.api.labels;

import java.util.Optional;
import java.util.regex.Pattern;

/** Kubernetes' syntax rules for label keys and values, as selector parsing enforces them. */
final class LabelSyntax {
  private static final int NAME_MAX = 63;
  private static final int PREFIX_MAX = 253;
  private static final Pattern NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private LabelSyntax() {}

  /**
   * Why {@code key} is no valid label key (an optional DNS prefix, a slash, a name), if it is not.
   */
  static Optional<String> keyError(String key) {
    if (key == null || key.isEmpty()) {
      return Optional.of("label key must not be empty");
    }
    String[] parts = key.split("/", -1);
    if (parts.length > 2) {
      return Optional.of("label key '" + key + "' has more than one '/'");
    }
    String name = parts[parts.length - 1];
    if (parts.length == 2) {
      String prefix = parts[0];
      if (prefix.isEmpty()
          || prefix.length() > PREFIX_MAX
          || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return Optional.of("label key '" + key + "' has an invalid prefix");
      }
    }
    if (name.isEmpty() || name.length() > NAME_MAX || !NAME.matcher(name).matches()) {
      return Optional.of("label key '" + key + "' has an invalid name part");
    }
    return Optional.empty();
  }

  /** Why {@code value} is no valid label value (empty, or a name of at most 63 characters). */
  static Optional<String> valueError(String key, String value) {
    if (value == null) {
      return Optional.of("label value for '" + key + "' must not be null");
    }
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.length() > NAME_MAX || !NAME.matcher(value).matches()) {
      return Optional.of("invalid label value '" + value + "' for key '" + key + "'");
    }
    return Optional.empty();
  }
}
