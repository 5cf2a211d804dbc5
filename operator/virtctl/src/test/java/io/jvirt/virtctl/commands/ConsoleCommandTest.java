package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** console: refused connections and piping input until the escape byte. */
class ConsoleCommandTest {
  private final Harness harness = new Harness();

  @Test
  void aRefusedConsoleShowsTheServerError() {
    harness.subresources.failure = new ApiException(400, "BadRequest", "VMI is not running");

    Result result = harness.run("console", "myvmi");

    assertThat(harness.subresources.single().path())
        .endsWith("/namespaces/default/virtualmachineinstances/myvmi/console");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly("Can't connect to websocket (400): VMI is not running");
  }

  @Test
  void sendsInputUntilTheEscapeByte() {
    harness.in = new ByteArrayInputStream("ls\n\u001dignored".getBytes(StandardCharsets.UTF_8));

    Result result = harness.run("console", "myvmi", "--timeout", "2");

    assertThat(result.code()).isZero();
    assertThat(harness.subresources.console.sent()).isEqualTo("ls\n");
    assertThat(harness.subresources.console.closedByClient).isTrue();
    assertThat(harness.subresources.consoleTimeout).isEqualTo(Duration.ofMinutes(2));
    assertThat(result.errLines())
        .containsExactly(
            "Successfully connected to myvmi console. Press Ctrl+] or Ctrl+5 to exit console.");
  }

  @Test
  void guestOutputGoesToStdout() {
    harness.in = new ByteArrayInputStream(new byte[] {29});

    harness.run("console", "myvmi");

    assertThat(harness.subresources.console.guestOutput).isNotNull();
  }

  @Test
  void aNonPositiveTimeoutIsRejected() {
    Result result = harness.run("console", "myvmi", "--timeout=0");

    assertThat(result.errLines()).containsExactly("--timeout must be at least 1 minute");
    assertThat(harness.connects).isZero();
  }
}
