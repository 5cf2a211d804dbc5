package io.jvirt.installer.cli;

import io.jvirt.installer.images.BuiltImage;
import io.jvirt.installer.images.ComponentImages;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code images}: builds jvirt's component images with Jib into tars (no Docker, no registry). */
@Command(
    name = "images",
    mixinStandardHelpOptions = true,
    description =
        "Build the jvirt-operator image (a jlink'd Java runtime and the components' jars),"
            + " with --launcher-base the node images virt-handler, virt-launcher and cdi-importer,"
            + " with --file-host-disk CDI's test file host cdi-file-host, and with --crane CDI's"
            + " test registry test-registry, as docker-archive tars.")
final class ImagesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--libs",
      required = true,
      description = "Folder with the components' runtime jars (operator/dist/target/libs).")
  private Path libs;

  @Option(names = "--out", required = true, description = "Folder to write the image tars into.")
  private Path out;

  @Option(
      names = "--cache",
      description = "Folder caching the linked Java runtime (default: <out>/cache).")
  private Path cache;

  @Mixin private ImageOptions images;

  @Option(
      names = "--launcher-base",
      description =
          "Docker-archive tar of the node images' Debian root filesystem (hack/launcher-base"
              + " makes it); builds virt-handler and virt-launcher too.")
  private Path launcherBase;

  @Option(
      names = "--container-disk",
      description =
          "The static containerDisk helper to put into virt-launcher (hack/images builds it from"
              + " tools/container-disk).")
  private Path containerDisk;

  @Option(
      names = "--crane",
      description =
          "The static crane binary (hack/crane builds it): cdi-importer's registry client, and"
              + " the test registry test-registry it builds.")
  private Path crane;

  @Option(
      names = "--file-host-disk",
      description =
          "The cirros containerDisk image tar (hack/guest-images makes it); builds cdi-file-host,"
              + " serving its /disk/disk.qcow2 over HTTP.")
  private Path fileHostDisk;

  @Option(
      names = "--file-host-media",
      description =
          "Files the file host serves beside the disk, by name (hack/test-media's installer ISO).")
  private List<Path> fileHostMedia = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    long started = System.nanoTime();
    InstallSettings settings =
        new InstallSettings(Names.NAMESPACE, images.registry, images.tag, false, List.of());
    Path runtimes = cache == null ? out.resolve("cache") : cache;
    List<BuiltImage> built = new java.util.ArrayList<>();
    built.add(ComponentImages.build(libs, out, runtimes, settings));
    if (launcherBase != null) {
      if (containerDisk == null || crane == null) {
        spec.commandLine()
            .getErr()
            .println("images: --launcher-base needs --container-disk and --crane");
        return 2;
      }
      built.addAll(
          ComponentImages.buildNode(
              launcherBase, containerDisk, crane, libs, out, runtimes, settings));
    }
    if (crane != null) {
      built.add(ComponentImages.buildTestRegistry(crane, out, settings));
    }
    if (fileHostDisk != null) {
      built.add(
          ComponentImages.buildFileHost(
              fileHostDisk, fileHostMedia, libs, out, runtimes, settings));
    }
    for (BuiltImage image : built) {
      spec.commandLine()
          .getOut()
          .printf(
              "%-40s %6.1f MiB  %s  %s%n",
              image.reference(), image.bytes() / 1048576.0, image.digest(), image.tar());
    }
    spec.commandLine()
        .getOut()
        .printf("built %d images in %.1f s%n", built.size(), (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
