package io.jvirt.cdi.importer.run;

/** How the importer ends: its exit code and termination message. */
public record Outcome(int exitCode, String message) {}
