package io.jvirt.cdi.importer.decide;

import java.util.List;

/** The failure a {@code crane export} ended in, in crane's words (its {@code Error:} line). */
public final class CraneError {
  /** Prefix of every registry pull failure, as upstream's registry source words it. */
  public static final String PREFIX = "Failed to read registry image: ";

  private CraneError() {}

  /** The termination reason for a crane that exited with {@code exitCode} and wrote {@code err}. */
  public static ImportFailure of(int exitCode, String err) {
    List<String> lines = err.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String reason =
        lines.stream()
            .filter(l -> l.startsWith("Error: "))
            .map(l -> l.substring("Error: ".length()))
            .reduce((first, second) -> second)
            .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    if (reason.isEmpty()) {
      reason = "crane exited with " + exitCode;
    }
    return new ImportFailure(PREFIX + reason);
  }
}
