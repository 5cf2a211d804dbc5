package io.jvirt.installer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jvirt installer CLI ({@code hack/installer} from a checkout). */
@Command(
    name = "jvirt-installer",
    mixinStandardHelpOptions = true,
    description =
        "Renders jvirt's add-ons for every deploy format and installs them onto clusters.",
    subcommands = {
      RenderCommand.class,
      InstallCommand.class,
      StatusCommand.class,
      UninstallCommand.class,
      ImagesCommand.class
    })
public final class Installer implements Runnable {
  private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (System.getProperty(LOG_LEVEL) == null) {
      // the CRD generator logs every version it renders: users want the result, not that
      System.setProperty(LOG_LEVEL, "error");
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one invocation; 0 on success, 2 on bad usage, 1 on failure. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Installer());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("error: " + e.getMessage());
          return 1;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
