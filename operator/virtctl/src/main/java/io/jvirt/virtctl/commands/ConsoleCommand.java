package io.jvirt.virtctl.commands;

import io.jvirt.virtctl.CommandFailedException;
import io.jvirt.virtctl.Session;
import io.jvirt.virtctl.client.ApiException;
import io.jvirt.virtctl.client.ClientException;
import io.jvirt.virtctl.client.Cluster;
import io.jvirt.virtctl.client.ConsoleStream;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code virtctl console VMI}: attaches the terminal to a VMI's serial console. */
@Command(
    name = "console",
    description = "Connect to a console of a virtual machine instance.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # Connect to the console of the VMI 'myvmi':",
      "  ${ROOT-COMMAND-NAME} console myvmi",
      "  # Wait at most one minute for the connection:",
      "  ${ROOT-COMMAND-NAME} console --timeout=1 myvmi"
    })
public final class ConsoleCommand extends ClusterCommand {
  @Parameters(paramLabel = "VMI", description = "Name of the virtual machine instance.")
  String name;

  @Option(
      names = "--timeout",
      paramLabel = "MINUTES",
      defaultValue = "5",
      description = "Minutes to wait for the console connection. Default: ${DEFAULT-VALUE}.")
  int timeoutMinutes;

  public ConsoleCommand(Session session) {
    super(session);
  }

  @Override
  void validate() {
    if (timeoutMinutes <= 0) {
      throw new CommandFailedException("--timeout must be at least 1 minute");
    }
  }

  @Override
  void execute(Cluster cluster) {
    ConsoleStream stream;
    try {
      stream =
          cluster
              .subresources()
              .openConsole(cluster.namespace(), name, Duration.ofMinutes(timeoutMinutes), out());
    } catch (ApiException e) {
      throw new CommandFailedException(
          "Can't connect to websocket (" + e.code() + "): " + e.getMessage(), e);
    } catch (ClientException e) {
      throw new CommandFailedException(e.getMessage(), e);
    }
    // raw before the greeting: keys typed once it shows must not be lost to the mode switch
    try (stream;
        RawTerminal raw = RawTerminal.enter(session.local().terminal())) {
      session
          .err()
          .print(
              "Successfully connected to "
                  + name
                  + " console. Press Ctrl+] or Ctrl+5 to exit console."
                  + raw.lineEnd());
      session.err().flush();
      ConsolePump.run(raw.input(session.in()), stream);
    }
  }
}
