package io.jvirt.launcher.server;

import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.util.List;

/** The launcher's part of the guest's networking: the DHCP servers of its interfaces. */
public interface GuestNetwork {
  /** Serves DHCP on each interface that has a plan for it; again with the same plans: no-op. */
  void start(List<InterfacePlan> interfaces);

  /** Stops every server. */
  void stop();
}
