package io.jvirt.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hack/bench}'s Java side: the benchmarks that measure from the JVM. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {
      DensityCommand.class,
      StartCommand.class,
      InstallCommand.class,
      RenderCommand.class
    },
    description = "Benchmarks that print figures beside upstream's (none fails on a slow run).")
public final class BenchMain implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
