package io.jvirt.virtctl.commands;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The checked flags of one {@code image-upload}.
 *
 * @param claimForm true for {@code pvc} (a bare upload PVC), false for {@code dv}
 * @param name the DataVolume or PVC, which share the name
 * @param size the requested size, empty only with {@code noCreate}
 * @param storageClass empty for the cluster default
 * @param accessMode empty for the default
 * @param volumeMode {@code block}, {@code filesystem} or empty
 * @param archive whether the file is a tar archive rather than a disk image
 * @param image the local file
 * @param readyTimeout how long to wait for the upload pod
 */
record UploadRequest(
    boolean claimForm,
    String name,
    String size,
    String storageClass,
    String accessMode,
    String volumeMode,
    boolean archive,
    boolean noCreate,
    boolean forceBind,
    Path image,
    Duration readyTimeout) {}
