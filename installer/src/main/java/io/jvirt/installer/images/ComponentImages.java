package io.jvirt.installer.images;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import io.jvirt.cdi.contract.RegistryImport;
import io.jvirt.contract.LauncherPod;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds jvirt's component images with Jib, offline, to tars: the operator image (virt-controller
 * and virt-api) from scratch, the node images (virt-handler, virt-launcher, CDI's importer) on a
 * Debian base, and CDI's test file host on the cirros containerDisk image; each a jlink'd Java
 * runtime plus the components' jars in layers (runtime, third-party jars, jvirt jars), so a rebuild
 * after a code change replaces only the last. The registry tests push to is crane alone, from
 * scratch.
 */
public final class ComponentImages {
  /** Where the runtime lives in the images. */
  public static final String JAVA_HOME = "/opt/java";

  /** The argument file listing the class path, as Jib's own Java images name it. */
  public static final String CLASSPATH_FILE = "/app/jib-classpath-file";

  /** Where the file host image keeps the disk it serves (the containerDisk layout). */
  public static final String FILE_HOST_ROOT = "/disk";

  /** The test registry's port (plain http). */
  public static final int TEST_REGISTRY_PORT = 5000;

  /** Where the test registry keeps pushed blobs (its manifests live in memory). */
  public static final String TEST_REGISTRY_ROOT = "/registry";

  // the CDI images' programs: the importer pod renders only arguments, as upstream's image has one
  private static final String IMPORTER_MAIN = "io.jvirt.cdi.importer.ImporterMain";
  private static final String FILE_HOST_MAIN = "io.jvirt.cdi.filehost.FileHostMain";

  // CDI's worker pods run as qemu's uid, as upstream's do
  private static final String CDI_USER = "107";

  private ComponentImages() {}

  /**
   * Builds the operator image (virt-controller and virt-api) from the jars in {@code libs} into
   * {@code out}; {@code cache} keeps jlink.
   */
  public static BuiltImage build(Path libs, Path out, Path cache, InstallSettings settings) {
    try {
      Files.createDirectories(out);
      Path runtime = JavaRuntime.linked(cache);
      List<FileEntriesLayer> layers =
          layers(runtime, libs, Files.createTempDirectory("jvirt-image"), true);
      return containerize(
          Jib.fromScratch(),
          layers,
          Images.reference(settings, Images.OPERATOR),
          out.resolve(Images.OPERATOR + ".tar"),
          "107",
          List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build images into " + out, e);
    }
  }

  /**
   * Builds the node images, virt-handler, virt-launcher and cdi-importer, on {@code base} (a
   * docker-archive tar of the Debian root filesystem with libvirt, QEMU, qemu-img, xorriso,
   * iproute2, nftables and util-linux that {@code hack/launcher-base} makes; its C library serves
   * the Java runtime, and the images share that layer). virt-launcher also gets its entry scripts
   * and the static {@code containerDisk} helper copied into disk containers; cdi-importer the
   * static {@code crane} (hack/crane), its registry client.
   */
  public static List<BuiltImage> buildNode(
      Path base,
      Path containerDisk,
      Path crane,
      Path libs,
      Path out,
      Path cache,
      InstallSettings settings) {
    try {
      Files.createDirectories(out);
      Path scratch = Files.createTempDirectory("jvirt-image");
      List<FileEntriesLayer> layers = layers(JavaRuntime.linked(cache), libs, scratch, false);
      List<FileEntriesLayer> launcherLayers = new ArrayList<>(layers);
      launcherLayers.add(launcherFiles(containerDisk, scratch));
      // libvirt, QEMU and the node tools run as root (this machine's libvirt settings)
      BuiltImage handler =
          containerize(
              Jib.from(TarImage.at(base)),
              layers,
              Images.reference(settings, Images.HANDLER),
              out.resolve(Images.HANDLER + ".tar"),
              "0",
              List.of());
      BuiltImage launcher =
          containerize(
              Jib.from(TarImage.at(base)),
              launcherLayers,
              Images.reference(settings, Images.LAUNCHER),
              out.resolve(Images.LAUNCHER + ".tar"),
              "0",
              List.of());
      // the base brings qemu-img; /data and /scratch are volumes the kubelet mounts (fsGroup 107)
      List<FileEntriesLayer> importerLayers = new ArrayList<>(layers);
      importerLayers.add(
          FileEntriesLayer.builder()
              .setName("registry-client")
              .addEntry(
                  requireFile(crane, "crane", "hack/crane"),
                  AbsoluteUnixPath.get(RegistryImport.CRANE_BINARY),
                  permissions("755"))
              .build());
      BuiltImage importer =
          containerize(
              Jib.from(TarImage.at(base)),
              importerLayers,
              Images.reference(settings, Images.IMPORTER),
              out.resolve(Images.IMPORTER + ".tar"),
              CDI_USER,
              importerCommand());
      return List.of(handler, launcher, importer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the node images into " + out, e);
    }
  }

  /**
   * Builds the CDI test file host on {@code disk}, a containerDisk image tar (docker-archive) whose
   * layer holds {@code /disk/disk.qcow2}: the operator image's layers on top, serving {@link
   * #FILE_HOST_ROOT} over HTTP.
   */
  public static BuiltImage buildFileHost(
      Path disk, Path libs, Path out, Path cache, InstallSettings settings) {
    return buildFileHost(disk, List.of(), libs, out, cache, settings);
  }

  /**
   * Builds the file host as {@link #buildFileHost(Path, Path, Path, Path, InstallSettings)} does,
   * serving {@code media} (files, by their names) beside the disk.
   */
  public static BuiltImage buildFileHost(
      Path disk, List<Path> media, Path libs, Path out, Path cache, InstallSettings settings) {
    if (!Files.isRegularFile(disk)) {
      throw new IllegalArgumentException(
          "no containerDisk image tar at " + disk + " (hack/guest-images builds it)");
    }
    try {
      Files.createDirectories(out);
      List<FileEntriesLayer> layers =
          new ArrayList<>(
              layers(
                  JavaRuntime.linked(cache), libs, Files.createTempDirectory("jvirt-image"), true));
      if (!media.isEmpty()) {
        FileEntriesLayer.Builder files = FileEntriesLayer.builder().setName("media");
        for (Path file : media) {
          files.addEntry(
              file,
              AbsoluteUnixPath.get(FILE_HOST_ROOT + "/" + file.getFileName()),
              permissions("644"));
        }
        layers.add(files.build());
      }
      List<String> entrypoint = new ArrayList<>(javaCommand(FILE_HOST_MAIN));
      entrypoint.add(FILE_HOST_ROOT);
      return containerize(
          Jib.from(TarImage.at(disk)),
          layers,
          Images.reference(settings, Images.FILE_HOST),
          out.resolve(Images.FILE_HOST + ".tar"),
          CDI_USER,
          entrypoint);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the file host image into " + out, e);
    }
  }

  /**
   * Builds the registry CDI's registry-import tests push to and import from: the static {@code
   * crane} (hack/crane) serving {@code registry serve} on {@link #TEST_REGISTRY_PORT}, plain http,
   * blobs in {@link #TEST_REGISTRY_ROOT}, from scratch, as an unprivileged user.
   */
  public static BuiltImage buildTestRegistry(Path crane, Path out, InstallSettings settings) {
    try {
      Files.createDirectories(out);
      Path scratch = Files.createTempDirectory("jvirt-image");
      Path empty = Files.createDirectories(scratch.resolve("empty"));
      FileEntriesLayer layer =
          FileEntriesLayer.builder()
              .setName("registry")
              .addEntry(
                  requireFile(crane, "crane", "hack/crane"),
                  AbsoluteUnixPath.get(RegistryImport.CRANE_BINARY),
                  permissions("755"))
              // world-writable: the image runs as any uid it is given
              .addEntry(empty, AbsoluteUnixPath.get(TEST_REGISTRY_ROOT), permissions("777"))
              .addEntry(empty, AbsoluteUnixPath.get("/tmp"), permissions("777"))
              .addEntry(empty, AbsoluteUnixPath.get("/app"), permissions("755"))
              .build();
      return containerize(
          Jib.fromScratch(),
          List.of(layer),
          Images.reference(settings, Images.TEST_REGISTRY),
          out.resolve(Images.TEST_REGISTRY + ".tar"),
          CDI_USER,
          List.of(
              RegistryImport.CRANE_BINARY,
              "registry",
              "serve",
              "--address",
              ":" + TEST_REGISTRY_PORT,
              "--disk",
              TEST_REGISTRY_ROOT));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the test registry image into " + out, e);
    }
  }

  private static Path requireFile(Path file, String what, String maker) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no " + what + " at " + file + " (" + maker + " builds it)");
    }
    return file;
  }

  /**
   * The importer streams bytes and runs qemu-img: one per import, each within CDI's 600M pod limit,
   * so a small serial-GC heap (JVM defaults took a quarter of the limit).
   */
  private static List<String> importerCommand() {
    return List.of(
        "java",
        "-Xms8m",
        "-Xmx64m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-cp",
        "@" + CLASSPATH_FILE,
        IMPORTER_MAIN);
  }

  /** How a program starts in these images: the runtime on {@code PATH} and the class path file. */
  private static List<String> javaCommand(String mainClass) {
    return List.of("java", "-cp", "@" + CLASSPATH_FILE, mainClass);
  }

  /** virt-launcher's programs: its entry scripts and the containerDisk helper. */
  private static FileEntriesLayer launcherFiles(Path containerDisk, Path scratch)
      throws IOException {
    FileEntriesLayer.Builder files = FileEntriesLayer.builder().setName("launcher-programs");
    for (String script : List.of("virt-launcher-monitor", "virt-tail")) {
      Path copy = scratch.resolve(script);
      try (var in = ComponentImages.class.getResourceAsStream(script)) {
        if (in == null) {
          throw new IllegalStateException("the installer lacks its resource " + script);
        }
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      files.addEntry(copy, AbsoluteUnixPath.get("/usr/bin/" + script), permissions("755"));
    }
    if (!Files.isRegularFile(containerDisk)) {
      throw new IllegalArgumentException(
          "no containerDisk helper at " + containerDisk + " (hack/images builds it)");
    }
    files.addEntry(
        containerDisk, AbsoluteUnixPath.get(LauncherPod.CONTAINER_DISK_BINARY), permissions("755"));
    return files.build();
  }

  private static List<FileEntriesLayer> layers(
      Path runtime, Path libs, Path scratch, boolean hostLibraries) throws IOException {
    FileEntriesLayer.Builder base = FileEntriesLayer.builder().setName("java-runtime");
    base.addEntryRecursive(
        runtime,
        AbsoluteUnixPath.get(JAVA_HOME),
        (source, target) ->
            FilePermissions.fromOctalString(
                Files.isDirectory(source) || Files.isExecutable(source) ? "755" : "644"));
    if (!hostLibraries) {
      return appLayers(base.build(), libs, scratch);
    }
    for (Path library : NativeLibraries.of(runtime)) {
      base.addEntry(library, AbsoluteUnixPath.get(library.toString()), permissions("755"));
    }
    base.addEntry(
        write(
            scratch.resolve("passwd"),
            "root:x:0:0:root:/root:/sbin/nologin\n" + "jvirt:x:107:107:jvirt:/tmp:/sbin/nologin\n"),
        AbsoluteUnixPath.get("/etc/passwd"),
        permissions("644"));
    base.addEntry(
        write(scratch.resolve("group"), "root:x:0:\njvirt:x:107:\n"),
        AbsoluteUnixPath.get("/etc/group"),
        permissions("644"));
    Path tmp = Files.createDirectories(scratch.resolve("tmp"));
    base.addEntry(tmp, AbsoluteUnixPath.get("/tmp"), permissions("777"));
    return appLayers(base.build(), libs, scratch);
  }

  /** The runtime layer, then third-party jars, then jvirt's jars and the class path file. */
  private static List<FileEntriesLayer> appLayers(FileEntriesLayer runtime, Path libs, Path scratch)
      throws IOException {
    List<Path> jars;
    try (Stream<Path> files = Files.list(libs)) {
      jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    if (jars.isEmpty()) {
      throw new IllegalArgumentException(
          libs + " holds no jars: build them first (./mvnw install -pl operator/dist -am)");
    }
    FileEntriesLayer.Builder thirdParty = FileEntriesLayer.builder().setName("dependencies");
    FileEntriesLayer.Builder own = FileEntriesLayer.builder().setName("jvirt");
    for (Path jar : jars) {
      AbsoluteUnixPath target = AbsoluteUnixPath.get("/app/libs/" + jar.getFileName());
      (isJvirt(jar) ? own : thirdParty).addEntry(jar, target, permissions("644"));
    }
    String classpath =
        jars.stream().map(j -> "/app/libs/" + j.getFileName()).collect(Collectors.joining(":"));
    own.addEntry(
        write(scratch.resolve("jib-classpath-file"), classpath),
        AbsoluteUnixPath.get(CLASSPATH_FILE),
        permissions("644"));
    return List.of(runtime, thirdParty.build(), own.build());
  }

  /** Writes the image; an empty {@code entrypoint} keeps the base image's. */
  private static BuiltImage containerize(
      JibContainerBuilder from,
      List<FileEntriesLayer> layers,
      String reference,
      Path tar,
      String user,
      List<String> entrypoint)
      throws IOException {
    try {
      for (FileEntriesLayer layer : layers) {
        from.addFileEntriesLayer(layer);
      }
      if (!entrypoint.isEmpty()) {
        from.setEntrypoint(entrypoint);
      }
      JibContainer container =
          from.setFormat(ImageFormat.Docker)
              .setEnvironment(
                  Map.of(
                      "JAVA_HOME", JAVA_HOME,
                      "PATH",
                          JAVA_HOME
                              + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                      // no procfs-based $ORIGIN lookups needed when run outside a kubelet
                      "LD_LIBRARY_PATH", JAVA_HOME + "/lib:" + JAVA_HOME + "/lib/server"))
              .setWorkingDirectory(AbsoluteUnixPath.get("/app"))
              .setUser(user)
              .setCreationTime(Instant.EPOCH)
              .containerize(
                  Containerizer.to(TarImage.at(tar).named(reference)).setOfflineMode(true));
      return new BuiltImage(reference, tar, Files.size(tar), container.getDigest().toString());
    } catch (InvalidImageReferenceException e) {
      throw new IllegalArgumentException("not an image reference: " + reference, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building " + reference, e);
    } catch (RegistryException | CacheDirectoryCreationException | ExecutionException e) {
      throw new IllegalStateException("cannot build " + reference + ": " + e.getMessage(), e);
    }
  }

  private static boolean isJvirt(Path jar) {
    return jar.getFileName().toString().startsWith("jvirt-");
  }

  private static FilePermissions permissions(String octal) {
    return FilePermissions.fromOctalString(octal);
  }

  private static Path write(Path path, String content) throws IOException {
    return Files.writeString(path, content);
  }
}
