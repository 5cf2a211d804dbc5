package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.virtctl.Harness;
import io.jvirt.virtctl.Harness.Result;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.KubevirtResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** pause, unpause and soft-reboot: the VMI requests they send and what they print. */
class PauseCommandTest {
  private final Harness harness = new Harness();

  @Test
  void pausesAVmi() {
    Result result = harness.run("pause", "vmi", "myvmi");

    assertThat(harness.subresources.single().path())
        .isEqualTo(
            "/apis/subresources.kubevirt.io/v1/namespaces/default"
                + "/virtualmachineinstances/myvmi/pause");
    assertThat(harness.subresources.single().body()).isEqualTo("{}");
    assertThat(harness.resources.reads).isEmpty();
    assertThat(result.out()).isEqualTo("VMI myvmi was scheduled to pause\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vm", "VM", "vms", "virtualmachine", "VirtualMachines"})
  void pausesTheVmiOfAVm(String type) {
    harness.resources.add("default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of());

    Result result = harness.run("pause", type, "myvm");

    assertThat(harness.resources.reads).containsExactly("virtualmachines/default/myvm");
    assertThat(harness.subresources.single().path())
        .endsWith("/namespaces/default/virtualmachineinstances/myvm/pause");
    assertThat(result.out()).isEqualTo("VMI myvm was scheduled to pause\n");
  }

  @Test
  void aMissingVmIsReportedWithoutPausing() {
    Result result = harness.run("pause", "vm", "ghost");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "Error getting VirtualMachine ghost: virtualmachines.kubevirt.io \"ghost\" not found");
    assertThat(harness.subresources.calls).isEmpty();
  }

  @Test
  void aHaltedVmWithoutVmiIsNotSetToRun() {
    harness.resources.add(
        "default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of("runStrategy", "Halted"));
    harness.subresources.failure =
        new ApiException(404, "NotFound", "virtualmachineinstance.kubevirt.io \"myvm\" not found");

    assertThat(harness.run("pause", "vm", "myvm").errLines())
        .containsExactly(
            "Error pausing VirtualMachineInstance myvm. VirtualMachine myvm is not set to run");
  }

  @Test
  void aRunningVmWithoutVmiSaysNotFound() {
    harness.resources.add(
        "default", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of("running", true));
    harness.subresources.failure = new ApiException(404, "NotFound", "not found");

    assertThat(harness.run("pause", "vm", "myvm").errLines())
        .containsExactly("Error pausing VirtualMachineInstance myvm, it was not found");
  }

  @Test
  void aConflictKeepsTheServerMessage() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VMI is already paused");

    Result result = harness.run("pause", "vmi", "myvmi");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly("Error pausing VirtualMachineInstance myvmi: VMI is already paused");
  }

  @Test
  void anUnknownTypeIsRejectedBeforeConnecting() {
    Result result = harness.run("pause", "pod", "x");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).containsExactly("unsupported resource type: pod (use vm or vmi)");
    assertThat(harness.connects).isZero();
  }

  @Test
  void bothArgumentsAreRequired() {
    Result result = harness.run("pause", "vm");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.errLines()).singleElement().asString().contains("NAME");
  }

  @Test
  void unpausesAVmiWithDryRun() {
    Result result = harness.run("unpause", "vmi", "myvmi", "--dry-run");

    assertThat(harness.subresources.single().path())
        .endsWith("/virtualmachineinstances/myvmi/unpause");
    assertThat(harness.subresources.single().body()).isEqualTo("{\"dryRun\":[\"All\"]}");
    assertThat(result.out()).isEqualTo("Dry Run execution\nVMI myvmi was scheduled to unpause\n");
  }

  @Test
  void unpausesTheVmiOfAVm() {
    harness.resources.add("ns1", KubevirtResource.VIRTUAL_MACHINE, "myvm", Map.of());

    Result result = harness.run("-n", "ns1", "unpause", "vm", "myvm");

    assertThat(harness.subresources.single().path())
        .endsWith("/namespaces/ns1/virtualmachineinstances/myvm/unpause");
    assertThat(result.out()).isEqualTo("VMI myvm was scheduled to unpause\n");
  }

  @Test
  void unpauseErrors() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VMI is not paused");

    assertThat(harness.run("unpause", "vmi", "myvmi").errLines())
        .containsExactly("Error unpausing VirtualMachineInstance myvmi: VMI is not paused");
  }

  @Test
  void softRebootsAVmi() {
    Result result = harness.run("soft-reboot", "myvmi");

    assertThat(harness.subresources.single().path())
        .endsWith("/namespaces/default/virtualmachineinstances/myvmi/softreboot");
    assertThat(result.out()).isEqualTo("VMI myvmi was scheduled to soft-reboot\n");
  }

  @Test
  void softRebootErrors() {
    harness.subresources.failure = new ApiException(409, "Conflict", "VMI is paused");

    assertThat(harness.run("soft-reboot", "myvmi").errLines())
        .containsExactly("Error soft rebooting VirtualMachineInstance myvmi: VMI is paused");
  }
}
