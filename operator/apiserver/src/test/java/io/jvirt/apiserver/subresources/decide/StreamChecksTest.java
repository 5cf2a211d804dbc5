package io.jvirt.apiserver.subresources.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.jvirt.api.v1.Condition;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DomainSpec;
import io.jvirt.api.v1.vmi.VirtualMachineInstanceNetworkInterface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream's refusals of the VNC and port-forward streams. */
class StreamChecksTest {
  @Test
  void vncNeedsAGraphicsDeviceAndARunningVmi() {
    VirtualMachineInstance noGraphics = vmi(VirtualMachineInstancePhase.RUNNING, "10.0.0.1");
    Devices devices = new Devices();
    devices.setAutoattachGraphicsDevice(false);
    DomainSpec domain = new DomainSpec();
    domain.setDevices(devices);
    noGraphics.getSpec().setDomain(domain);

    assertThat(message(VmiLifecycle.vnc(noGraphics))).isEqualTo("No graphics devices are present.");
    assertThat(message(VmiLifecycle.vnc(vmi(VirtualMachineInstancePhase.SCHEDULED, null))))
        .isEqualTo("VMI is not running");
    assertThat(VmiLifecycle.vnc(vmi(VirtualMachineInstancePhase.RUNNING, null)))
        .isInstanceOf(LifecyclePlan.Proxy.class);
  }

  @Test
  void portForwardNeedsARunningUnpausedVmiWithAnAddress() {
    VirtualMachineInstance paused = vmi(VirtualMachineInstancePhase.RUNNING, "10.0.0.1");
    Condition condition = new Condition();
    condition.setType("Paused");
    condition.setStatus("True");
    paused.getStatus().setConditions(List.of(condition));

    assertThat(VmiLifecycle.portForward(paused))
        .isEqualTo(
            new LifecyclePlan.Reject(
                409,
                "Conflict",
                "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"vm1\": VMI is"
                    + " paused"));
    assertThat(message(VmiLifecycle.portForward(vmi(VirtualMachineInstancePhase.PENDING, null))))
        .isEqualTo("VMI is not running");
    assertThat(message(VmiLifecycle.portForward(vmi(VirtualMachineInstancePhase.RUNNING, null))))
        .isEqualTo("no IP address found on the VMI's first interface");
    VirtualMachineInstance ready = vmi(VirtualMachineInstancePhase.RUNNING, "10.0.0.1");
    assertThat(VmiLifecycle.portForward(ready)).isInstanceOf(LifecyclePlan.Proxy.class);
    assertThat(VmiLifecycle.address(ready)).hasValue("10.0.0.1");
  }

  private static String message(LifecyclePlan plan) {
    return ((LifecyclePlan.Reject) plan).message();
  }

  private static VirtualMachineInstance vmi(VirtualMachineInstancePhase phase, String ip) {
    VirtualMachineInstance vmi = new VirtualMachineInstance();
    vmi.setMetadata(new ObjectMetaBuilder().withNamespace("default").withName("vm1").build());
    vmi.setSpec(new VirtualMachineInstanceSpec());
    VirtualMachineInstanceStatus status = new VirtualMachineInstanceStatus().setPhase(phase);
    if (ip != null) {
      VirtualMachineInstanceNetworkInterface nic = new VirtualMachineInstanceNetworkInterface();
      nic.setIpAddress(ip);
      status.setInterfaces(List.of(nic));
    }
    vmi.setStatus(status);
    return vmi;
  }
}
