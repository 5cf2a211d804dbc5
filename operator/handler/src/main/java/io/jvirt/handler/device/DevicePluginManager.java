package io.jvirt.handler.device;

import io.jvirt.contract.DeviceResources;
import io.jvirt.contract.EnvVars;
import io.jvirt.contract.NodePaths;
import io.jvirt.handler.device.decide.Backoff;
import io.jvirt.handler.device.decide.GenericDevice;
import io.jvirt.handler.device.decide.HostDevice;
import io.jvirt.handler.proc.HostNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * virt-handler's device plugins, as upstream's device controller runs its permanent ones: one
 * {@link DevicePlugin} per host device, started together, stopped together. The node is only marked
 * schedulable once {@link #initialized()}, so that launcher pods are not placed on a node whose
 * kubelet does not know the resources yet.
 */
public final class DevicePluginManager implements AutoCloseable {
  /** Where cgroup v2 (the unified hierarchy) shows its controllers; absent on cgroup v1. */
  private static final Path CGROUP2_CONTROLLERS = Path.of("/sys/fs/cgroup/cgroup.controllers");

  private final List<DevicePlugin> plugins;

  /** Plugins for {@code devices}; see {@link DevicePlugin} for the parameters. */
  public DevicePluginManager(
      List<HostDevice> devices,
      Path pluginDir,
      java.util.function.Supplier<Path> hostRoot,
      int count,
      String permissions,
      Backoff backoff) {
    this.plugins =
        devices.stream()
            .map(d -> new DevicePlugin(d, pluginDir, hostRoot, count, permissions, backoff))
            .toList();
  }

  /**
   * The permanent plugins (kvm, tun, vhost-net) with upstream's back-off and this host's cgroup
   * permissions.
   */
  public static DevicePluginManager permanent(Path pluginDir, Path hostRoot, int count) {
    return permanent(pluginDir, () -> hostRoot, count);
  }

  /** As above, the host's root looked up at each plugin round. */
  public static DevicePluginManager permanent(
      Path pluginDir, java.util.function.Supplier<Path> hostRoot, int count) {
    return new DevicePluginManager(
        HostDevice.PERMANENT, pluginDir, hostRoot, count, hostPermissions(), Backoff.UPSTREAM);
  }

  /**
   * The permanent plugins configured from the environment: {@link EnvVars#DEVICE_PLUGINS_DIR}
   * (default {@link NodePaths#DEVICE_PLUGINS}), {@link EnvVars#HOST_ROOT} (default {@link
   * NodePaths#HOST_ROOT}, else found through HostNamespace) and {@link EnvVars#MAX_DEVICES}
   * (default 1000).
   */
  public static DevicePluginManager fromEnv(Map<String, String> env) {
    String root = env.get(EnvVars.HOST_ROOT);
    HostNamespace host = new HostNamespace(Path.of("/proc"));
    return permanent(
        Path.of(env.getOrDefault(EnvVars.DEVICE_PLUGINS_DIR, NodePaths.DEVICE_PLUGINS)),
        root == null ? host::root : () -> Path.of(root),
        Integer.parseInt(
            env.getOrDefault(
                EnvVars.MAX_DEVICES, Integer.toString(DeviceResources.DEFAULT_MAX_DEVICES))));
  }

  /** The cgroup permissions Allocate hands out on this host: "rwm" on cgroup v2, else "rw". */
  public static String hostPermissions() {
    return GenericDevice.permissions(Files.exists(CGROUP2_CONTROLLERS));
  }

  /** Starts every plugin; returns at once. */
  public DevicePluginManager start() {
    plugins.forEach(DevicePlugin::start);
    return this;
  }

  /** True when every plugin is registered with the kubelet (upstream's {@code Initialized()}). */
  public boolean initialized() {
    return plugins.stream().allMatch(DevicePlugin::registered);
  }

  public List<DevicePlugin> plugins() {
    return plugins;
  }

  /** Stops every plugin (each ends its streams with an empty list) and waits for them. */
  @Override
  public void close() {
    plugins.forEach(DevicePlugin::stop);
    plugins.forEach(DevicePlugin::close);
  }
}
