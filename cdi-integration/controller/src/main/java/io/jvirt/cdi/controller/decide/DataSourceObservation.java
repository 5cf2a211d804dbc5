package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.jvirt.cdi.api.v1beta1.DataSource;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.time.Clock;

/**
 * Everything one DataSource status decision looks at, read by the I/O layer.
 *
 * @param dataSource the DataSource
 * @param referenced the DataSource its {@code dataSource} reference names, or null
 * @param claim the PVC it resolves to, or null
 * @param dataVolume the DataVolume of that PVC's name, or null
 */
public record DataSourceObservation(
    DataSource dataSource,
    DataSource referenced,
    PersistentVolumeClaim claim,
    DataVolume dataVolume,
    Clock clock) {}
