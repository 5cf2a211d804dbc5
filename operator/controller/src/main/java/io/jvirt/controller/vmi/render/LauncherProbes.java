package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.vmi.Probe;
import java.util.ArrayList;
import java.util.List;

/**
 * VMI probes as compute-container probes: guest probes go through virt-probe (rendercontainer.go).
 */
final class LauncherProbes {
  /** libvirt needs about this long to start, so every probe waits for it first. */
  static final int LIBVIRT_STARTUP_DELAY_SECONDS = 10;

  private LauncherProbes() {}

  /** The pod probe for a VMI probe, or null when the VMI has none. */
  static io.fabric8.kubernetes.api.model.Probe render(VirtualMachineInstance vmi, Probe probe) {
    if (probe == null) {
      return null;
    }
    int timeout = orDefault(probe.getTimeoutSeconds(), 1);
    ExecAction exec = probe.getExec();
    if (probe.getGuestAgentPing() != null) {
      exec = virtProbe(vmi, timeout, List.of("--guestAgentPing"));
      timeout++;
    } else if (exec != null && exec.getCommand() != null && !exec.getCommand().isEmpty()) {
      List<String> original = exec.getCommand();
      List<String> wrapped = new ArrayList<>(List.of("--command", original.get(0), "--"));
      wrapped.addAll(original.subList(1, original.size()));
      exec = virtProbe(vmi, timeout, wrapped);
      // The extra hop through virt-probe needs a second more than the guest command.
      timeout++;
    }
    return new ProbeBuilder()
        .withExec(exec)
        .withHttpGet(probe.getHttpGet())
        .withTcpSocket(probe.getTcpSocket())
        .withInitialDelaySeconds(
            orDefault(probe.getInitialDelaySeconds(), 0) + LIBVIRT_STARTUP_DELAY_SECONDS)
        .withTimeoutSeconds(timeout)
        .withPeriodSeconds(orDefault(probe.getPeriodSeconds(), 10))
        .withSuccessThreshold(orDefault(probe.getSuccessThreshold(), 1))
        .withFailureThreshold(orDefault(probe.getFailureThreshold(), 3))
        .build();
  }

  private static ExecAction virtProbe(VirtualMachineInstance vmi, int timeout, List<String> rest) {
    List<String> command = new ArrayList<>();
    command.add("virt-probe");
    command.add("--domainName");
    command.add(vmi.getMetadata().getNamespace() + "_" + vmi.getMetadata().getName());
    command.add("--timeoutSeconds");
    command.add(Integer.toString(timeout));
    command.addAll(rest);
    return new ExecAction(command);
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null || value == 0 ? fallback : value;
  }
}
