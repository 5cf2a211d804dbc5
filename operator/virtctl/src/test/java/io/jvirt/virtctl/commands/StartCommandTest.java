package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.FakeSubresourceClient.Call;
import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ConnectionFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** start: flags, body, success line, and one-line errors. */
class StartCommandTest {
  private final Harness harness = new Harness();

  @Test
  void startsWithAnEmptyBody() {
    Result result = harness.run("start", "myvm");

    Call call = harness.subresources.single();
    assertThat(call.path())
        .isEqualTo(
            "/apis/subresources.kubevirt.io/v1/namespaces/default/virtualmachines/myvm/start");
    assertThat(call.body()).isEqualTo("{}");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("VM myvm was scheduled to start\n");
    assertThat(result.err()).isEmpty();
    assertThat(harness.closed).isTrue();
  }

  @Test
  void pausedAndDryRunGoIntoTheBody() {
    Result result = harness.run("start", "--paused", "--dry-run", "myvm");

    assertThat(harness.subresources.single().body())
        .isEqualTo("{\"paused\":true,\"dryRun\":[\"All\"]}");
    assertThat(result.out()).isEqualTo("Dry Run execution\nVM myvm was scheduled to start\n");
  }

  @Test
  void booleanFlagsAcceptExplicitValues() {
    harness.run("start", "myvm", "--paused=false", "--dry-run=true");

    assertThat(harness.subresources.single().body()).isEqualTo("{\"dryRun\":[\"All\"]}");
  }

  @Test
  void aStatusErrorIsOneLineWithTheServerMessage() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VM is already running");

    Result result = harness.run("start", "myvm");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .containsExactly("Error starting VirtualMachine: VM is already running");
  }

  @Test
  void aConnectionFailureIsOneLine() {
    harness.subresources.failure =
        new ConnectionFailedException("https://10.0.0.1:6443", new ConnectException());

    Result result = harness.run("start", "myvm");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "Error starting VirtualMachine: Unable to connect to the server at"
                + " https://10.0.0.1:6443: connection refused");
  }

  @Test
  void aMissingNameIsAUsageError() {
    Result result = harness.run("start");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("Missing required parameter")
        .contains("virtctl start --help");
    assertThat(harness.connects).isZero();
  }
}
