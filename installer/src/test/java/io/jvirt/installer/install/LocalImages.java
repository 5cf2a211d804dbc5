package io.jvirt.installer.install;

import io.jvirt.installer.images.BuiltImage;
import io.jvirt.installer.images.ComponentImages;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.testing.LocalCluster;
import java.nio.file.Path;
import java.util.List;

/** Builds jvirt's images from this checkout's jars and loads them into the local node, once. */
final class LocalImages {
  private static final Path LIBS = Path.of("..", "operator", "dist", "target", "libs");
  private static boolean loaded;

  private LocalImages() {}

  static synchronized void ensureLoaded(LocalCluster cluster) {
    if (loaded) {
      return;
    }
    long started = System.nanoTime();
    List<BuiltImage> images =
        ComponentImages.build(
            LIBS,
            Path.of("target", "images"),
            Path.of(System.getProperty("user.home"), ".cache", "jvirt", "jre"),
            InstallSettings.defaults());
    for (BuiltImage image : images) {
      cluster.load(image.tar());
      System.out.printf(
          "[figures] image %s %.1f MiB%n", image.reference(), image.bytes() / 1048576.0);
    }
    System.out.printf(
        "[figures] images built and loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    loaded = true;
  }
}
