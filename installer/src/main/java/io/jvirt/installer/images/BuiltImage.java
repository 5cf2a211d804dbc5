package io.jvirt.installer.images;

import java.nio.file.Path;

/** An image written to a tar ({@code docker save} format): its reference, file, size and digest. */
public record BuiltImage(String reference, Path tar, long bytes, String digest) {}
