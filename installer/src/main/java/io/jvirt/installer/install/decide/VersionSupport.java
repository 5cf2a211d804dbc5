package io.jvirt.installer.install.decide;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which Kubernetes versions jvirt installs onto, and the one-line refusal for the others. */
public final class VersionSupport {
  /** Oldest supported minor of Kubernetes 1.x (CRD validation rules and SSA as jvirt uses them). */
  public static final int MIN_MINOR = 27;

  private static final Pattern MINOR = Pattern.compile("(\\d+)");

  private VersionSupport() {}

  /** Empty when {@code major.minor} (as the API server reports them, e.g. "1", "33+") is fine. */
  public static Optional<String> refusal(String major, String minor, String gitVersion) {
    Matcher m = MINOR.matcher(minor == null ? "" : minor);
    if (!"1".equals(major) || !m.find()) {
      return Optional.of("unsupported Kubernetes version " + gitVersion + " (cannot read it)");
    }
    int number = Integer.parseInt(m.group(1));
    if (number < MIN_MINOR) {
      return Optional.of(
          "unsupported Kubernetes version "
              + gitVersion
              + ": jvirt needs 1."
              + MIN_MINOR
              + " or newer");
    }
    return Optional.empty();
  }
}
