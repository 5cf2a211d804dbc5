package io.jvirt.launcher.dhcp;

import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DHCP servers of one virt-launcher, one per interface plan that has DHCP settings (phase 2 of
 * the pod network). Starting is idempotent per interface name, so SyncVMI may call it each time.
 */
public final class DhcpServers implements AutoCloseable {
  private final Map<String, DhcpServer> running = new LinkedHashMap<>();

  /**
   * Starts a server for every plan with DHCP settings that has none yet; when one cannot start,
   * those started by this call are stopped again and the error is thrown.
   */
  public synchronized void start(List<InterfacePlan> plans) {
    List<DhcpServer> started = new ArrayList<>();
    try {
      for (InterfacePlan plan : plans) {
        if (plan.hasDhcp() && !running.containsKey(plan.getName())) {
          DhcpServer server = DhcpServer.start(plan);
          started.add(server);
          running.put(plan.getName(), server);
        }
      }
    } catch (DhcpServerException e) {
      for (DhcpServer server : started) {
        running.remove(server.name());
        server.close();
      }
      throw e;
    }
  }

  /** Stops the server of interface {@code name}, if it runs. */
  public synchronized void stop(String name) {
    DhcpServer server = running.remove(name);
    if (server != null) {
      server.close();
    }
  }

  /** The interfaces whose servers run. */
  public synchronized Set<String> running() {
    return Set.copyOf(running.keySet());
  }

  /** Stops every server. */
  @Override
  public synchronized void close() {
    running.values().forEach(DhcpServer::close);
    running.clear();
  }
}
