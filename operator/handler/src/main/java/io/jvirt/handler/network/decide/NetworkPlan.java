package io.jvirt.handler.network.decide;

import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import java.util.List;

/**
 * What phase 1 does to a launcher pod and what it hands to virt-launcher.
 *
 * @param ops the changes, in order
 * @param interfaces one plan per VMI interface bound to a tap, in spec order (for SyncRequest)
 * @param createdLinks the links the ops create, which show that a pod was set up
 */
public record NetworkPlan(
    List<NetOp> ops, List<InterfacePlan> interfaces, List<String> createdLinks) {
  /** Copies the lists. */
  public NetworkPlan {
    ops = List.copyOf(ops);
    interfaces = List.copyOf(interfaces);
    createdLinks = List.copyOf(createdLinks);
  }

  /** Nothing to do: the VMI has no interface on the pod network. */
  public boolean isEmpty() {
    return ops.isEmpty();
  }
}
