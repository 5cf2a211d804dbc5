package io.jvirt.handler.vmi;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.util.List;

/**
 * Phase 1 of a VMI's pod networking, done by virt-handler inside the launcher's network namespace.
 */
public interface PodNetworking {
  /**
   * Sets up the links of {@code vmi}'s interfaces in the network namespace of the launcher process
   * {@code launcherPid} (again on an already set-up pod: no change, the same plans) and returns
   * what the launcher needs to finish (taps, MACs, DHCP).
   */
  List<InterfacePlan> setUp(int launcherPid, VirtualMachineInstance vmi);
}
