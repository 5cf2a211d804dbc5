package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import org.junit.jupiter.api.Test;

/** version: client and server lines in Go format. */
class VersionCommandTest {
  private final Harness harness = new Harness();

  @Test
  void printsClientThenServerVersionLikeGo() {
    Result result = harness.run("version");

    assertThat(result.code()).isZero();
    assertThat(result.out().lines().toList())
        .satisfiesExactly(
            client ->
                assertThat(client)
                    .startsWith("Client Version: version.Info{GitVersion:\"v")
                    .contains(", Compiler:\"javac\", Platform:\""),
            server ->
                assertThat(server)
                    .isEqualTo(
                        "Server Version: version.Info{GitVersion:\"v1.2.3\", GitCommit:\"abc123\","
                            + " GitTreeState:\"clean\", BuildDate:\"2024-01-02T03:04:05Z\","
                            + " GoVersion:\"go1.22\", Compiler:\"gc\", Platform:\"linux/amd64\"}"));
  }

  @Test
  void aServerErrorComesAfterTheClientVersion() {
    harness.subresources.failure =
        new ApiException(404, "NotFound", "the server could not find the requested resource");

    Result result = harness.run("version");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).startsWith("Client Version: ");
    assertThat(result.errLines())
        .containsExactly(
            "Error getting the server version: the server could not find the requested resource");
  }
}
