package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Go-style rendering of version information. */
class VersionInfoTest {
  @Test
  void printsLikeGoSharpV() {
    VersionInfo info =
        new VersionInfo(
            "v1.0.0", "abc", "clean", "2025-01-01T00:00:00Z", "go1.22", "gc", "linux/amd64");

    assertThat(info.toGoString())
        .isEqualTo(
            "version.Info{GitVersion:\"v1.0.0\", GitCommit:\"abc\", GitTreeState:\"clean\","
                + " BuildDate:\"2025-01-01T00:00:00Z\", GoVersion:\"go1.22\", Compiler:\"gc\","
                + " Platform:\"linux/amd64\"}");
  }

  @Test
  void absentFieldsAreEmptyAndQuotesAreEscaped() {
    VersionInfo info = new VersionInfo("v\"1\\", null, null, null, null, null, null);

    assertThat(info.toGoString())
        .isEqualTo(
            "version.Info{GitVersion:\"v\\\"1\\\\\", GitCommit:\"\", GitTreeState:\"\","
                + " BuildDate:\"\", GoVersion:\"\", Compiler:\"\", Platform:\"\"}");
  }
}
