package io.jvirt.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every benchmark shares: where its JSON (and PNG) go, and table or JSON output. */
public final class ReportOptions {
  @Option(
      names = "--out",
      defaultValue = "target/bench",
      description = "folder of the JSON and PNG (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--json", description = "print the JSON object instead of the table")
  boolean json;
}
