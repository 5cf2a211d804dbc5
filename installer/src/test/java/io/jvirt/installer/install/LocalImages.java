package io.jvirt.installer.install;

import io.jvirt.installer.images.BuiltImage;
import io.jvirt.installer.images.ComponentImages;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds jvirt's images from this checkout's jars and loads them into the local node, once per test
 * JVM: the operator image, and virt-handler and virt-launcher on the Debian base that
 * hack/launcher-base makes (cached); the guest containerDisk images of hack/guest-images on
 * request, with the CDI tests' file host made from the cirros one (and serving hack/test-media's
 * installer ISO), and the registry tests push it to; the Debian guest of hack/debian-guest-image
 * for the tests that boot it.
 */
public final class LocalImages {
  /** The cirros containerDisk's tar, as hack/guest-images names it. */
  private static final String CIRROS_TAR = "cirros-container-disk-demo.tar";

  private static boolean loaded;
  private static boolean guestsLoaded;
  private static boolean debianLoaded;
  private static Path craneBinary;

  private LocalImages() {}

  /** The component images, built and loaded. */
  public static synchronized void ensureLoaded(LocalCluster cluster) {
    if (loaded) {
      return;
    }
    long started = System.nanoTime();
    Path root = cluster.root();
    Path base = Path.of(lastLine(hack(cluster, Duration.ofMinutes(15), "hack/launcher-base")));
    Path containerDisk =
        Path.of(lastLine(hack(cluster, Duration.ofMinutes(2), "hack/container-disk")));
    Path crane = crane(cluster);
    Path libs = root.resolve("operator/dist/target/libs");
    Path out = root.resolve("target/images");
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "jvirt", "jre");
    InstallSettings settings = InstallSettings.defaults();
    List<BuiltImage> images = new ArrayList<>();
    images.add(ComponentImages.build(libs, out, cache, settings));
    images.addAll(
        ComponentImages.buildNode(base, containerDisk, crane, libs, out, cache, settings));
    for (BuiltImage image : images) {
      cluster.load(image.tar());
      System.out.printf(
          "[figures] image %s %.1f MiB%n", image.reference(), image.bytes() / 1048576.0);
    }
    System.out.printf(
        "[figures] images built and loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    loaded = true;
  }

  /** The guest containerDisk images, built (cached) and loaded. */
  public static synchronized void ensureGuestsLoaded(LocalCluster cluster) {
    if (guestsLoaded) {
      return;
    }
    long started = System.nanoTime();
    // the script logs on stderr (merged here) and prints one image tar per line
    Path cirros = null;
    for (String script : List.of("hack/guest-images", "hack/bad-guest-images")) {
      for (String line : hack(cluster, Duration.ofMinutes(15), script).split("\n")) {
        if (line.strip().startsWith("/") && line.strip().endsWith(".tar")) {
          Path tar = Path.of(line.strip());
          cluster.load(tar);
          if (tar.getFileName().toString().equals(CIRROS_TAR)) {
            cirros = tar;
          }
        }
      }
    }
    if (cirros == null) {
      throw new IllegalStateException("hack/guest-images printed no " + CIRROS_TAR);
    }
    // the CDI tests' file host serves the same guest disk over HTTP
    BuiltImage fileHost =
        ComponentImages.buildFileHost(
            cirros,
            hack(cluster, Duration.ofMinutes(5), "hack/test-media")
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith("/"))
                .map(Path::of)
                .toList(),
            cluster.root().resolve("operator/dist/target/libs"),
            cluster.root().resolve("target/images"),
            Path.of(System.getProperty("user.home"), ".cache", "jvirt", "jre"),
            InstallSettings.defaults());
    cluster.load(fileHost.tar());
    System.out.printf(
        "[figures] guest images built and loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    guestsLoaded = true;
  }

  /**
   * The Debian test guest of hack/debian-guest-image (153 MiB; cached, a cold build takes a minute
   * or two), built and loaded; only for the tests that boot it.
   */
  public static synchronized void ensureDebianLoaded(LocalCluster cluster) {
    if (debianLoaded) {
      return;
    }
    long started = System.nanoTime();
    Path tar = Path.of(lastLine(hack(cluster, Duration.ofMinutes(15), "hack/debian-guest-image")));
    cluster.load(tar);
    System.out.printf(
        "[figures] Debian guest image built and loaded in %.1f s%n",
        (System.nanoTime() - started) / 1e9);
    debianLoaded = true;
  }

  /**
   * The static crane hack/crane builds (cached): the importer's registry client, the test
   * registry's server, and the client tests push with.
   */
  public static synchronized Path crane(LocalCluster cluster) {
    if (craneBinary == null) {
      long started = System.nanoTime();
      craneBinary = Path.of(lastLine(hack(cluster, Duration.ofMinutes(10), "hack/crane")));
      System.out.printf(
          "[figures] hack/crane ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
    return craneBinary;
  }

  /** The test registry image (crane serving a registry), built and loaded; crane's path. */
  public static synchronized Path ensureTestRegistryLoaded(LocalCluster cluster) {
    Path binary = crane(cluster);
    BuiltImage registry =
        ComponentImages.buildTestRegistry(
            binary, cluster.root().resolve("target/images"), InstallSettings.defaults());
    cluster.load(registry.tar());
    System.out.printf(
        "[figures] image %s %.1f MiB%n", registry.reference(), registry.bytes() / 1048576.0);
    return binary;
  }

  private static String hack(LocalCluster cluster, Duration timeout, String script) {
    Path root = cluster.root();
    return Commands.run(root, timeout, List.of(root.resolve(script).toString()))
        .orThrow(List.of(script));
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }
}
