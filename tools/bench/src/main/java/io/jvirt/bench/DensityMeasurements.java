package io.jvirt.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one density run saw, before any figure is made of it.
 *
 * @param vmis how many were asked for
 * @param vms whether VMs (runStrategy Always) were created rather than VMIs
 * @param creating first creation to last creation
 * @param allRunning first creation until every VMI was Running (null: not within the timeout)
 * @param timelines each VMI's phase timestamps
 * @param creationFailures creations the API server refused
 * @param writesToRunning jvirt's API writes by verb and resource, first creation to all Running
 * @param writesToDelete jvirt's API writes while the run's objects were deleted
 * @param deleting the delete call until no VMI was left
 * @param controllerRss samples of (Running VMIs, virt-controller RSS KiB summed over replicas)
 * @param apiRssKib virt-api RSS at the end, KiB, summed over replicas
 * @param controllerCpuSeconds virt-controller CPU time during the run
 * @param apiCpuSeconds virt-api CPU time during the run
 * @param idleRssKib RSS per process before the first creation, KiB, by main class ({@link
 *     io.jvirt.contract.Components})
 */
public record DensityMeasurements(
    int vmis,
    boolean vms,
    Duration creating,
    Duration allRunning,
    List<PhaseTimeline> timelines,
    int creationFailures,
    Map<String, Integer> writesToRunning,
    Map<String, Integer> writesToDelete,
    Duration deleting,
    List<long[]> controllerRss,
    long apiRssKib,
    double controllerCpuSeconds,
    double apiCpuSeconds,
    Map<String, Long> idleRssKib) {}
