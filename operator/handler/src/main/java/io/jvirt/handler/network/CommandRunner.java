package io.jvirt.handler.network;

import java.util.List;

/** Runs a command on the node and returns what it printed; a fake stands in for it in tests. */
public interface CommandRunner {
  /** A finished command: exit code, standard output and standard error. */
  record Result(int exitCode, String stdout, String stderr) {
    /** Whether the command succeeded. */
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /** Runs {@code command} with {@code stdin} (null: none) and waits for it. */
  Result run(List<String> command, String stdin);
}
