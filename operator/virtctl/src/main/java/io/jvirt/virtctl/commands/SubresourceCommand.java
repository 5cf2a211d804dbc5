package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.KubevirtResource;

/**
 * Base of the commands that send one subresource request for a VM or VMI and report it scheduled:
 * {@code VM|VMI NAME was scheduled to ACTION}, or a failure line.
 */
abstract class SubresourceCommand extends ClusterCommand {
  private final KubevirtResource resource;
  private final String subresource;
  private final String action;

  /** {@code resource} is a VM or VMI; {@code action} is what the success line names. */
  SubresourceCommand(
      Session session, KubevirtResource resource, String subresource, String action) {
    super(session);
    this.resource = resource;
    this.subresource = subresource;
    this.action = action;
  }

  /** Name of the VM or VMI the request is for. */
  abstract String name();

  /** The request body, null for none; announces a dry run when the command has one. */
  abstract Object body();

  /** What a failure line says before the client's message. */
  abstract String failureHeading();

  /** The failure a client error becomes: {@code <failureHeading()>: <the client's message>}. */
  CommandFailedException failed(ClientException cause) {
    return failure(failureHeading(), cause);
  }

  @Override
  void execute(Cluster cluster) {
    Object body = body();
    try {
      cluster.subresources().put(cluster.namespace(), resource.plural(), name(), subresource, body);
    } catch (ClientException e) {
      throw failed(e);
    }
    String label = resource == KubevirtResource.VIRTUAL_MACHINE ? "VM" : "VMI";
    out().println(label + " " + name() + " was scheduled to " + action);
  }
}
