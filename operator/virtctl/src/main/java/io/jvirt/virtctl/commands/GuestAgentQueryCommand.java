package io.jvirt.virtctl.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.IndentedJson;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Parameters;

/**
 * The commands that print what a VMI's guest agent reports ({@code guestosinfo}, {@code userlist},
 * {@code fslist}): the subresource's JSON, indented as upstream prints it.
 */
abstract class GuestAgentQueryCommand extends ClusterCommand {
  @Parameters(paramLabel = "VMI", description = "Name of the virtual machine instance.")
  String name;

  private final String subresource;
  private final String failure;

  /** Reads {@code subresource}; a refusal reads "{@code failure} of VirtualMachineInstance X". */
  GuestAgentQueryCommand(Session session, String subresource, String failure) {
    super(session);
    this.subresource = subresource;
    this.failure = failure;
  }

  @Override
  void execute(Cluster cluster) {
    byte[] body;
    try {
      body =
          cluster
              .subresources()
              .getBytes(cluster.namespace(), "virtualmachineinstances", name, subresource);
    } catch (ApiException e) {
      throw new CommandFailedException(
          failure + " of VirtualMachineInstance " + name + ", " + e.getMessage(), e);
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
    String json = new String(body, StandardCharsets.UTF_8);
    try {
      out().println(IndentedJson.of(json));
    } catch (JsonProcessingException e) {
      throw new CommandFailedException(
          "cannot read the " + subresource + " answer as JSON: " + e.getOriginalMessage(), e);
    }
    out().flush();
  }
}
