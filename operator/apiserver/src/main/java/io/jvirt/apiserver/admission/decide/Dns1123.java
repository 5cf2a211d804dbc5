package io.jvirt.apiserver.admission.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 1123 name checks worded like Kubernetes' own validation messages, which upstream KubeVirt
 * passes through to the user for hostnames and subdomains.
 */
final class Dns1123 {
  private static final String LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String SUBDOMAIN_FORMAT = LABEL_FORMAT + "(\\." + LABEL_FORMAT + ")*";
  private static final Pattern LABEL = Pattern.compile(LABEL_FORMAT);
  private static final Pattern SUBDOMAIN = Pattern.compile(SUBDOMAIN_FORMAT);
  private static final int LABEL_MAX = 63;
  private static final int SUBDOMAIN_MAX = 253;

  private Dns1123() {}

  /** Why {@code value} is not a DNS-1123 label; empty when it is one. */
  static List<String> labelErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > LABEL_MAX) {
      errors.add(maxLength(LABEL_MAX));
    }
    if (!LABEL.matcher(value).matches()) {
      if (SUBDOMAIN.matcher(value).matches()) {
        errors.add("must not contain dots");
      } else {
        errors.add(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or"
                + " '-', and must start and end with an alphanumeric character"
                + examples(LABEL_FORMAT, "my-name", "123-abc"));
      }
    }
    return errors;
  }

  /** Why {@code value} is not a DNS-1123 subdomain; empty when it is one. */
  static List<String> subdomainErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > SUBDOMAIN_MAX) {
      errors.add(maxLength(SUBDOMAIN_MAX));
    }
    if (!SUBDOMAIN.matcher(value).matches()) {
      errors.add(
          "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-'"
              + " or '.', and must start and end with an alphanumeric character"
              + examples(SUBDOMAIN_FORMAT, "example.com"));
    }
    return errors;
  }

  private static String maxLength(int max) {
    return "must be no more than " + max + " characters";
  }

  // Kubernetes joins examples as "'a', " + " or " + "'b', ", hence the double space; kept as is.
  private static String examples(String format, String... examples) {
    StringBuilder text = new StringBuilder(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        text.append(" or ");
      }
      text.append('\'').append(examples[i]).append("', ");
    }
    return text.append("regex used for validation is '").append(format).append("')").toString();
  }
}
