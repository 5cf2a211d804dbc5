package io.jvirt.controller.runtime;

import java.util.List;
import java.util.Map;

/**
 * How virt-controller is run, from environment variables (so the same image serves in-cluster and
 * out-of-cluster): where it listens, which launcher image it renders, and its API client budget.
 */
public record ControllerOptions(
    String healthAddress,
    int healthPort,
    String leaseNamespace,
    boolean leaderElection,
    String launcherImage,
    List<String> launcherCommand,
    float clientQps,
    int clientBurst) {

  /** Reads {@code JVIRT_*} variables, with defaults for running on a developer machine. */
  public static ControllerOptions fromEnvironment(Map<String, String> env) {
    return new ControllerOptions(
        env.getOrDefault("JVIRT_HEALTH_ADDRESS", "0.0.0.0"),
        Integer.parseInt(env.getOrDefault("JVIRT_HEALTH_PORT", "8443")),
        env.getOrDefault("JVIRT_NAMESPACE", "kubevirt"),
        Boolean.parseBoolean(env.getOrDefault("JVIRT_LEADER_ELECTION", "true")),
        env.getOrDefault("JVIRT_LAUNCHER_IMAGE", "localhost/jvirt/virt-launcher:latest"),
        List.of(
            env.getOrDefault("JVIRT_LAUNCHER_COMMAND", "/usr/bin/virt-launcher-monitor")
                .split(" ")),
        Float.parseFloat(env.getOrDefault("JVIRT_CLIENT_QPS", "200")),
        Integer.parseInt(env.getOrDefault("JVIRT_CLIENT_BURST", "400")));
  }
}
