package io.jvirt.controller.vm.decide;

import java.util.List;

/** The ordered actions the run strategy asks for; empty means "nothing to do". */
public record RunDecision(List<RunAction> actions) {

  /** Keeps an immutable copy of {@code actions}. */
  public RunDecision {
    actions = List.copyOf(actions);
  }

  /** No action. */
  public static RunDecision none() {
    return new RunDecision(List.of());
  }

  /** The given actions, in order. */
  public static RunDecision of(RunAction... actions) {
    return new RunDecision(List.of(actions));
  }

  /** True when there is nothing to do. */
  public boolean isEmpty() {
    return actions.isEmpty();
  }
}
