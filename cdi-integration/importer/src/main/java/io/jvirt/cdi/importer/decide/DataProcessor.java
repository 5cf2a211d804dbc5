package io.jvirt.cdi.importer.decide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the phases of one import from {@link ImportPhase#INFO} to {@link ImportPhase#COMPLETE},
 * running each phase's step; a phase visited twice fails with "loop detected" (upstream
 * ProcessDataWithPause).
 */
public final class DataProcessor {
  /** The work of one phase; the I/O layer supplies it. */
  @FunctionalInterface
  public interface Step {
    /** Does the phase's work, throwing {@link ImportFailure} (or any exception) if it fails. */
    void run() throws Exception;
  }

  private final ImportPlan plan;
  private final Map<ImportPhase, Step> steps = new EnumMap<>(ImportPhase.class);
  private final List<ImportPhase> visited = new ArrayList<>();

  /** A processor following {@code plan}. */
  public DataProcessor(ImportPlan plan) {
    this.plan = plan;
  }

  /** Sets the step of {@code phase}. */
  public DataProcessor on(ImportPhase phase, Step step) {
    steps.put(phase, step);
    return this;
  }

  /** The phases run so far, in order. */
  public List<ImportPhase> visited() {
    return List.copyOf(visited);
  }

  /** Runs from INFO until COMPLETE. */
  public void run() throws Exception {
    Set<ImportPhase> seen = EnumSet.noneOf(ImportPhase.class);
    ImportPhase phase = ImportPhase.INFO;
    while (phase != ImportPhase.COMPLETE) {
      if (!seen.add(phase)) {
        throw new ImportFailure("loop detected in phase " + phase);
      }
      if (phase == ImportPhase.ERROR) {
        throw new ImportFailure("no phase follows " + visited.get(visited.size() - 1));
      }
      visited.add(phase);
      Step step = steps.get(phase);
      if (step != null) {
        step.run();
      } else if (phase != ImportPhase.INFO) {
        throw new ImportFailure("unknown phase " + phase);
      }
      phase = plan.next(phase);
    }
    visited.add(ImportPhase.COMPLETE);
  }
}
