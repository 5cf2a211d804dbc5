package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** stop and restart: the force/grace-period rule, bodies and messages. */
class StopRestartCommandTest {
  private static final String BOTH = "Must both use --force=true and set --grace-period.";

  private final Harness harness = new Harness();

  @Test
  void stopSendsNoGracePeriodByDefault() {
    Result result = harness.run("stop", "myvm", "-n", "prod");

    assertThat(harness.subresources.single().path())
        .isEqualTo("/apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachines/myvm/stop");
    assertThat(harness.subresources.single().body()).isEqualTo("{}");
    assertThat(result.out()).isEqualTo("VM myvm was scheduled to stop\n");
  }

  @Test
  void forcedStopSendsTheGracePeriod() {
    Result result = harness.run("stop", "--force", "--grace-period", "0", "myvm");

    assertThat(harness.subresources.single().body()).isEqualTo("{\"gracePeriod\":0}");
    assertThat(result.code()).isZero();
  }

  @Test
  void forcedStopAcceptsGoStyleFlags() {
    harness.run("stop", "myvm", "--force=true", "--grace-period=30", "--dry-run");

    assertThat(harness.subresources.single().body())
        .isEqualTo("{\"gracePeriod\":30,\"dryRun\":[\"All\"]}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stop", "restart"})
  void forceWithoutGracePeriodIsRejectedBeforeConnecting(String command) {
    Result result = harness.run(command, "myvm", "--force");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly(BOTH);
    assertThat(harness.connects).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stop", "restart"})
  void gracePeriodWithoutForceIsRejected(String command) {
    Result result = harness.run(command, "myvm", "--grace-period", "-1");

    assertThat(result.errLines()).containsExactly(BOTH);
    assertThat(harness.subresources.calls).isEmpty();
  }

  @Test
  void forcedStopErrorsSayForce() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VM is not running");

    Result result = harness.run("stop", "myvm", "--force", "--grace-period=0");

    assertThat(result.errLines())
        .containsExactly("Error force stopping VirtualMachine: VM is not running");
  }

  @Test
  void stopErrors() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VM is not running");

    assertThat(harness.run("stop", "myvm").errLines())
        .containsExactly("Error stopping VirtualMachine: VM is not running");
  }

  @Test
  void restartSendsAnEmptyBody() {
    Result result = harness.run("restart", "myvm");

    assertThat(harness.subresources.single().path()).endsWith("/virtualmachines/myvm/restart");
    assertThat(harness.subresources.single().body()).isEqualTo("{}");
    assertThat(result.out()).isEqualTo("VM myvm was scheduled to restart\n");
  }

  @Test
  void forcedRestartSendsGracePeriodSeconds() {
    harness.run("restart", "myvm", "--force", "--grace-period=0");

    assertThat(harness.subresources.single().body()).isEqualTo("{\"gracePeriodSeconds\":0}");
  }

  @Test
  void restartErrors() {
    harness.subresources.failure =
        new ApiException(
            409, "Conflict", "RunStategy Halted does not support manual restart requests");

    assertThat(harness.run("restart", "myvm").errLines())
        .containsExactly(
            "Error restarting VirtualMachine: RunStategy Halted does not support manual restart"
                + " requests");
    harness.subresources.calls.clear();
    assertThat(harness.run("restart", "myvm", "--force", "--grace-period=0").errLines())
        .singleElement()
        .asString()
        .startsWith("Error force restarting VirtualMachine: ");
  }
}
