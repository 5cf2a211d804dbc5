package io.jvirt.cdi.importer.decide;

import java.math.BigDecimal;

/**
 * How an image is written to the target, shared by imports and uploads.
 *
 * @param imageSize requested bytes, -1 when not given
 * @param directIo convert with {@code -t none} instead of {@code -t writeback}
 */
public record TargetOptions(
    long imageSize, BigDecimal filesystemOverhead, boolean preallocation, boolean directIo) {}
