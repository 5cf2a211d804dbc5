package io.jvirt.controller.runtime;

import io.jvirt.contract.Components;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.Ports;
import java.time.Duration;
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
    int clientBurst,
    Duration nodeHeartbeatTimeout) {

  /** Reads {@code JVIRT_*} variables, with defaults for running on a developer machine. */
  public static ControllerOptions fromEnvironment(Map<String, String> env) {
    return new ControllerOptions(
        env.getOrDefault(EnvVars.HEALTH_ADDRESS, "0.0.0.0"),
        Integer.parseInt(env.getOrDefault(EnvVars.HEALTH_PORT, Integer.toString(Ports.HEALTH))),
        env.getOrDefault(EnvVars.NAMESPACE, Components.DEFAULT_NAMESPACE),
        Boolean.parseBoolean(env.getOrDefault(EnvVars.LEADER_ELECTION, "true")),
        env.getOrDefault(EnvVars.LAUNCHER_IMAGE, "localhost/jvirt/virt-launcher:latest"),
        List.of(
            env.getOrDefault(EnvVars.LAUNCHER_COMMAND, "/usr/bin/virt-launcher-monitor")
                .split(" ")),
        Float.parseFloat(env.getOrDefault(EnvVars.CLIENT_QPS, "200")),
        Integer.parseInt(env.getOrDefault(EnvVars.CLIENT_BURST, "400")),
        Duration.parse(env.getOrDefault(EnvVars.NODE_HEARTBEAT_TIMEOUT, "PT5M")));
  }
}
