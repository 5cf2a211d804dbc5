package io.jvirt.installer.install;

/** Receives what each cluster's install is doing, as it happens (the live progress display). */
@FunctionalInterface
public interface Progress {
  /** {@code cluster} moved to {@code step}. */
  void step(String cluster, String step);
}
