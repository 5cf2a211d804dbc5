package io.jvirt.launcher;

import picocli.CommandLine;

/** Entry point of virt-launcher, the compute container's process (one per running VMI). */
public final class VirtLauncherMain {
  private VirtLauncherMain() {}

  /** Runs until the VMI's domain is gone; exits non-zero with one line on stderr on failure. */
  public static void main(String[] args) {
    LauncherOptions options = new LauncherOptions();
    CommandLine command = new CommandLine(options);
    try {
      command.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("virt-launcher: " + e.getMessage());
      System.exit(2);
    }
    int status;
    try {
      status = new Launcher(options).run();
    } catch (RuntimeException e) {
      System.err.println("virt-launcher: " + e.getMessage());
      status = 1;
    }
    System.exit(status);
  }
}
