package io.jvirt.apiserver.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One generated bad (or merely odd) manifest: its kind, the mutation that made it, the field that
 * mutation touched, and whether it must be refused, and if so whether by jvirt's own webhook (the
 * API server's schema refuses the rest after the mutating webhooks have seen them).
 */
public record Hostile(
    String kind,
    String category,
    String field,
    ObjectNode manifest,
    Expect expect,
    String description) {

  /** What admission must do with a hostile manifest. */
  public enum Expect {
    /** Refused by the API server's schema (the webhooks must still answer cleanly). */
    REFUSED_BY_SCHEMA,
    /** Refused by jvirt's validating webhook, naming the field. */
    REFUSED_BY_JVIRT,
    /** Odd but valid: stored as written. */
    ACCEPTED
  }

  /** The object's name. */
  public String name() {
    return manifest.path("metadata").path("name").asText();
  }

  @Override
  public String toString() {
    return kind + " " + category + " " + field + " (" + description + ")";
  }
}
