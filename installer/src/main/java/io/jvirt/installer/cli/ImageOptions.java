package io.jvirt.installer.cli;

import io.jvirt.installer.model.Images;
import picocli.CommandLine.Option;

/** Where jvirt's images come from: registry prefix and tag (shared by images, render, install). */
final class ImageOptions {
  @Option(
      names = "--registry",
      defaultValue = Images.LOCAL_REGISTRY,
      description = "Registry prefix of jvirt's images (default: ${DEFAULT-VALUE}).")
  String registry;

  @Option(
      names = "--tag",
      defaultValue = Images.DEFAULT_TAG,
      description = "Tag of jvirt's images (default: ${DEFAULT-VALUE}).")
  String tag;
}
