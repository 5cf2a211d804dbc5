package io.jvirt.contract;

/** Environment variables the installer (or hack/dev) sets and the components read. */
public final class EnvVars {
  /** Namespace the components run in and keep their objects in. */
  public static final String NAMESPACE = "JVIRT_NAMESPACE";

  /** glibc's limit on malloc arenas (the installer keeps the components' JVMs to a few). */
  public static final String MALLOC_ARENA_MAX = "MALLOC_ARENA_MAX";

  /** Port of /healthz, /readyz and /metrics. */
  public static final String HEALTH_PORT = "JVIRT_HEALTH_PORT";

  /** Port of virt-api's HTTPS server (webhooks and subresources). */
  public static final String API_PORT = "JVIRT_API_PORT";

  /** Comma-separated extra user names virt-api trusts as jvirt components (dev loop, tests). */
  public static final String PRIVILEGED_USERS = "JVIRT_PRIVILEGED_USERS";

  /** Seconds between virt-handler's node heartbeats. */
  public static final String HEARTBEAT_SECONDS = "JVIRT_HEARTBEAT_SECONDS";

  /** Node virt-handler runs on (the DaemonSet sets it from spec.nodeName). */
  public static final String NODE_NAME = "NODE_NAME";

  /** Name of the pod a component runs in (from metadata.name). */
  public static final String POD_NAME = "POD_NAME";

  /**
   * Port of virt-handler's mutual-TLS server, which virt-api dials on the handler pod's IP ({@link
   * Ports#HANDLER} unless set; upstream's {@code --console-server-port}).
   */
  public static final String HANDLER_PORT = "JVIRT_HANDLER_PORT";

  /** Address virt-api listens on. */
  public static final String API_ADDRESS = "JVIRT_API_ADDRESS";

  /** "false" keeps virt-api from registering its webhooks and APIService (tests). */
  public static final String API_REGISTER = "JVIRT_API_REGISTER";

  /** Address the API server reaches virt-api at when it runs out of cluster (dev loop). */
  public static final String API_EXTERNAL_ADDRESS = "JVIRT_API_EXTERNAL_ADDRESS";

  /** ISO-8601 lifetimes of virt-api's CA and of the certificates it issues. */
  public static final String CA_VALIDITY = "JVIRT_CA_VALIDITY";

  public static final String CERT_VALIDITY = "JVIRT_CERT_VALIDITY";

  /** Address of /healthz, /readyz and /metrics. */
  public static final String HEALTH_ADDRESS = "JVIRT_HEALTH_ADDRESS";

  /** "false" runs virt-controller without a Lease (one replica). */
  public static final String LEADER_ELECTION = "JVIRT_LEADER_ELECTION";

  /** The virt-launcher image launcher pods run. */
  public static final String LAUNCHER_IMAGE = "JVIRT_LAUNCHER_IMAGE";

  /** The compute container's command, space-separated. */
  public static final String LAUNCHER_COMMAND = "JVIRT_LAUNCHER_COMMAND";

  /** Client-side rate limit of a component's API calls. */
  public static final String CLIENT_QPS = "JVIRT_CLIENT_QPS";

  public static final String CLIENT_BURST = "JVIRT_CLIENT_BURST";

  /** ISO-8601 age after which a node's virt-handler heartbeat counts as stale (upstream: 5 min). */
  public static final String NODE_HEARTBEAT_TIMEOUT = "JVIRT_NODE_HEARTBEAT_TIMEOUT";

  /** virt-handler: the host's root directory (unless set: PID 1's root, else the kubelet's). */
  public static final String HOST_ROOT = "JVIRT_HOST_ROOT";

  /** virt-handler: the kubelet's device-plugin directory ({@link NodePaths#DEVICE_PLUGINS}). */
  public static final String DEVICE_PLUGINS_DIR = "JVIRT_DEVICE_PLUGINS_DIR";

  /** virt-handler: devices per device plugin (upstream's {@code --max-devices}, default 1000). */
  public static final String MAX_DEVICES = "JVIRT_MAX_DEVICES";

  private EnvVars() {}
}
