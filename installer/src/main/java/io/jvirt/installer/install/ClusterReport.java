package io.jvirt.installer.install;

import java.time.Duration;

/** How one cluster's operation ended: a row of the summary table. */
public record ClusterReport(
    String cluster, boolean ok, String kubernetesVersion, Duration took, String detail) {}
