package io.jvirt.bench;

/**
 * Upstream KubeVirt's published figures (performance-anchors.md, from its CI on bare metal with
 * KVM) and jvirt's targets for the same measurement on this machine (issue 15).
 */
public final class Anchors {
  /** Creation → Running p50, s: 100 VMIs, weekly average Feb–Apr 2026 (16–19 s). */
  public static final double UPSTREAM_P50_S = 17.5;

  /** Creation → Running p95, s: same runs (27–28 s). */
  public static final double UPSTREAM_P95_S = 27.5;

  /** Upstream's KWOK test: 8,000 VMIs must all be Running within 15 minutes. */
  public static final double UPSTREAM_ALL_RUNNING_S = 15 * 60;

  /** Upstream's KWOK test creates one VMI every 100 ms. */
  public static final double UPSTREAM_CREATIONS_PER_S = 10;

  /**
   * Writes per VMI from creation to Running, all components: 1 pod create, ~2.2 pod PATCHes, ~5.5
   * VMI UPDATEs and ~0.7 VMI PATCHes.
   */
  public static final double UPSTREAM_WRITES_PER_VMI = 9.4;

  /** virt-controller memory per VMI on KWOK: 65 MB → 1,400 MB for 8,000 VMIs. */
  public static final double UPSTREAM_CONTROLLER_KB_PER_VMI = 173;

  /** The launcher pod's fixed memory overhead upstream budgets per VM, MiB. */
  public static final double UPSTREAM_LAUNCHER_OVERHEAD_MIB = 240;

  /** Targets: virtctl start → Running p50 under software emulation, s. */
  public static final double TARGET_START_P50_S = 3;

  /** Targets: virtctl start → Running p95 under software emulation, s. */
  public static final double TARGET_START_P95_S = 5;

  /** Targets: the launcher's RSS beyond the guest's RAM, MiB. */
  public static final double TARGET_LAUNCHER_OVERHEAD_MIB = 150;

  /** Targets: creation → Running p95, s. */
  public static final double TARGET_P95_S = 5;

  /** Targets: all of 8,000 Running within 8 minutes. */
  public static final double TARGET_ALL_RUNNING_8000_S = 8 * 60;

  /** Targets: creations per second the API path sustains. */
  public static final double TARGET_CREATIONS_PER_S = 20;

  /** Targets: writes per VMI, creation to Running, all components. */
  public static final double TARGET_WRITES_PER_VMI = 4;

  /** Targets: writes per VMI for its deletion. */
  public static final double TARGET_DELETE_WRITES_PER_VMI = 2;

  /** Targets: virt-controller RSS per VMI, KiB (the slope between 1,000 and 8,000). */
  public static final double TARGET_CONTROLLER_KB_PER_VMI = 60;

  /** Targets: install until the KubeVirt CR is Available, s. */
  public static final double TARGET_INSTALL_S = 20;

  /** Targets: rendering one deploy format with the CLI, s. */
  public static final double TARGET_RENDER_S = 1.5;

  /** Targets: idle RSS per process, MiB (no VMIs). */
  public static final double TARGET_CONTROLLER_IDLE_MIB = 120;

  /** Targets: idle RSS per process, MiB (no VMIs). */
  public static final double TARGET_API_IDLE_MIB = 120;

  /** Targets: idle RSS per process, MiB (no VMIs; it runs on every node). */
  public static final double TARGET_HANDLER_IDLE_MIB = 80;

  private Anchors() {}
}
