package io.jvirt.installer.install;

import io.jvirt.installer.cli.Installer;
import java.io.PrintWriter;
import java.io.StringWriter;

/** An installer invocation in the test JVM: its exit code and everything it printed. */
record CliRun(int code, String out) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    int code = Installer.run(args, new PrintWriter(out), new PrintWriter(out));
    System.out.print(out);
    return new CliRun(code, out.toString());
  }
}
