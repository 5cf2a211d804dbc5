package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.domain.Devices;
import io.jvirt.contract.LauncherPod;
import io.jvirt.controller.config.model.ClusterConfig;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code guest-console-log} container (upstream serialconsolelog.go): a native sidecar, the
 * first init container, that prints the guest's serial console log so {@code kubectl logs
 * <launcher> -c guest-console-log} shows it.
 */
final class GuestConsoleLog {
  /** The program in the launcher image that follows the log (upstream's name). */
  static final String VIRT_TAIL = "/usr/bin/virt-tail";

  private GuestConsoleLog() {}

  /** True unless the VMI turns the serial console or its log off. */
  static boolean enabled(VirtualMachineInstance vmi) {
    Devices devices = VmiTraits.devices(vmi);
    if (Boolean.FALSE.equals(devices.getAutoattachSerialConsole())) {
      return false;
    }
    return !Boolean.FALSE.equals(devices.getLogSerialConsole());
  }

  static Container render(VirtualMachineInstance vmi, ClusterConfig config) {
    boolean guaranteed = VmiTraits.dedicatedCpu(vmi) || VmiTraits.wantsGuaranteedQos(vmi);
    Map<String, Quantity> limits = new TreeMap<>();
    limits.put("cpu", new Quantity("15m"));
    limits.put("memory", new Quantity("60M"));
    Map<String, Quantity> requests = new TreeMap<>();
    requests.put("cpu", new Quantity(guaranteed ? "15m" : "5m"));
    requests.put("memory", new Quantity(guaranteed ? "60M" : "35M"));
    return new ContainerBuilder()
        .withName(LauncherPod.GUEST_CONSOLE_LOG)
        .withImage(config.launcherImage())
        .withImagePullPolicy(config.imagePullPolicy())
        .withCommand(VIRT_TAIL)
        .withArgs("--logfile", LauncherPod.serialConsoleLog(vmi.getMetadata().getUid()))
        .withRestartPolicy("Always")
        .addNewVolumeMount()
        .withName(LauncherPod.PRIVATE_VOLUME)
        .withMountPath(LauncherPod.VIRT_PRIVATE_DIR)
        .withReadOnly(true)
        .endVolumeMount()
        .withNewResources()
        .withRequests(requests)
        .withLimits(limits)
        .endResources()
        .withSecurityContext(
            new SecurityContextBuilder()
                .withRunAsUser(VmiTraits.NON_ROOT_UID)
                .withRunAsNonRoot(true)
                .withAllowPrivilegeEscalation(false)
                .withNewCapabilities()
                .withDrop("ALL")
                .endCapabilities()
                .build())
        .withTerminationMessagePolicy("FallbackToLogsOnError")
        .build();
  }
}
