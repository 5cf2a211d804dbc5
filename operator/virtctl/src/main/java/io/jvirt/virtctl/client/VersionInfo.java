package io.jvirt.virtctl.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Build facts of a client or server, the JSON of {@code GET .../version} (shaped like the
 * Kubernetes {@code version.Info}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VersionInfo(
    String gitVersion,
    String gitCommit,
    String gitTreeState,
    String buildDate,
    String goVersion,
    String compiler,
    String platform) {

  /** Renders the value the way Go's {@code %#v} prints a {@code version.Info}. */
  public String toGoString() {
    return "version.Info{"
        + "GitVersion:"
        + quote(gitVersion)
        + ", GitCommit:"
        + quote(gitCommit)
        + ", GitTreeState:"
        + quote(gitTreeState)
        + ", BuildDate:"
        + quote(buildDate)
        + ", GoVersion:"
        + quote(goVersion)
        + ", Compiler:"
        + quote(compiler)
        + ", Platform:"
        + quote(platform)
        + "}";
  }

  private static String quote(String value) {
    if (value == null) {
      return "\"\"";
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
