package io.jvirt.handler.rest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** VmiCommands that answer what the test set (done unless told) and remember each call. */
final class FakeVmiCommands implements VmiCommands {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  /** From now on, {@code command} ("pause", "unpause", "softreboot") answers {@code outcome}. */
  FakeVmiCommands answer(String command, Outcome outcome) {
    outcomes.put(command, outcome);
    return this;
  }

  /** Every call so far, as {@code command ns/name}. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  @Override
  public Outcome pause(String namespace, String name) {
    return record("pause", namespace, name);
  }

  @Override
  public Outcome unpause(String namespace, String name) {
    return record("unpause", namespace, name);
  }

  @Override
  public Outcome softReboot(String namespace, String name) {
    return record("softreboot", namespace, name);
  }

  private Outcome record(String command, String namespace, String name) {
    calls.add(command + " " + namespace + "/" + name);
    return outcomes.getOrDefault(command, Outcome.done());
  }
}
