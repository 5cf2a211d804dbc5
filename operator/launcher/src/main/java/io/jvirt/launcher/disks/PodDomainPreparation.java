package io.jvirt.launcher.disks;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.launcher.cloudinit.render.CloudInitData;
import io.jvirt.launcher.cloudinit.render.CloudInitRenderer;
import io.jvirt.launcher.cloudinit.render.CloudInitSecrets;
import io.jvirt.launcher.cloudinit.render.CloudInitSource;
import io.jvirt.launcher.cloudinit.render.PublicKeySecrets;
import io.jvirt.launcher.domain.model.DomainXml;
import io.jvirt.launcher.domain.render.ConversionException;
import io.jvirt.launcher.domain.render.ConvertedDomain;
import io.jvirt.launcher.domain.render.ConverterContext;
import io.jvirt.launcher.domain.render.DomainConverter;
import io.jvirt.launcher.domain.render.FileToPrepare;
import io.jvirt.launcher.domain.render.InterfaceBinding;
import io.jvirt.launcher.server.DomainPreparation;
import io.jvirt.node.rpc.launcher.v1.InterfacePlan;
import io.jvirt.node.rpc.launcher.v1.LaunchOptions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The launcher's {@link DomainPreparation} inside its pod: converts the VMI with what virt-handler
 * found on the node, then creates every file the domain refers to (overlays on containerDisks,
 * empty disks, a PVC's disk.img when missing, cloud-init and config ISOs), failing with the volume
 * named when one cannot be made.
 */
public final class PodDomainPreparation implements DomainPreparation {
  /** Kept free on a file-system claim for the file system itself (upstream's default overhead). */
  static final double FILESYSTEM_OVERHEAD = 0.055;

  private final boolean allowEmulation;
  private final QemuImg qemuImg;
  private final IsoWriter isoWriter;

  /** Emulation as virt-controller told the launcher ({@code --allow-emulation}). */
  public PodDomainPreparation(boolean allowEmulation, QemuImg qemuImg, IsoWriter isoWriter) {
    this.allowEmulation = allowEmulation;
    this.qemuImg = qemuImg;
    this.isoWriter = isoWriter;
  }

  @Override
  public String prepare(VirtualMachineInstance vmi, LaunchOptions options) {
    ConvertedDomain converted;
    try {
      converted = DomainConverter.convert(vmi, context(options));
    } catch (ConversionException e) {
      throw new PreparationException(e.getMessage(), e);
    }
    for (FileToPrepare file : converted.filesToPrepare()) {
      prepare(file, vmi, options);
    }
    return DomainXml.write(converted.domain());
  }

  private ConverterContext context(LaunchOptions options) {
    Map<String, InterfaceBinding> interfaces =
        options.getInterfacesList().stream()
            .collect(
                Collectors.toMap(
                    InterfacePlan::getName,
                    p ->
                        new InterfaceBinding(
                            p.getTap(),
                            p.getMac().isEmpty() ? null : p.getMac(),
                            p.getMtu() == 0 ? null : p.getMtu())));
    return ConverterContext.DEFAULTS
        .withUseEmulation(allowEmulation || options.getUseEmulation())
        .withInterfaces(interfaces)
        .withContainerDiskFormats(options.getContainerDiskFormatsMap())
        .withDirectIo(
            DirectIo.supported(Path.of(io.jvirt.contract.LauncherPod.EPHEMERAL_DISK_DIR)));
  }

  private void prepare(FileToPrepare file, VirtualMachineInstance vmi, LaunchOptions options) {
    Path path = Path.of(file.path());
    try {
      if (file instanceof FileToPrepare.Directory) {
        Files.createDirectories(path);
      } else if (file instanceof FileToPrepare.Overlay o) {
        if (!Files.exists(path)) {
          qemuImg.createOverlay(path, Path.of(o.backingFile()), o.backingFormat());
        }
      } else if (file instanceof FileToPrepare.BlankImage b) {
        blank(path, b.format(), b.sizeBytes());
      } else if (file instanceof FileToPrepare.ExistingImage e) {
        existing(path, e.volumeName(), options);
      } else if (file instanceof FileToPrepare.CloudInitIso) {
        cloudInit(path, vmi);
      } else if (file instanceof FileToPrepare.ConfigIso c) {
        configIso(path, Path.of(c.sourceDirectory()), c.volumeLabel());
      } else if (file instanceof FileToPrepare.Nvram) {
        Files.createDirectories(path.getParent());
      } else if (file instanceof FileToPrepare.EmptyFile) {
        emptyFile(path);
      } else if (file instanceof FileToPrepare.Socket) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException | Commands.CommandException e) {
      throw new PreparationException("cannot prepare " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private void blank(Path path, String format, long bytes) throws IOException {
    if (Files.exists(path)) {
      return;
    }
    if ("qcow2".equals(format)) {
      qemuImg.createEmpty(path, bytes);
    } else {
      sparse(path, bytes);
    }
  }

  /**
   * A claim's disk image: present on a claim that was written before; created empty (sparse, raw)
   * filling the claim less the file system's overhead, as upstream, when missing.
   */
  private void existing(Path path, String volume, LaunchOptions options) throws IOException {
    if (Files.exists(path) || !path.getFileName().toString().equals("disk.img")) {
      if (!Files.exists(path)) {
        throw new PreparationException("volume " + volume + ": " + path + " does not exist", null);
      }
      return;
    }
    Path dir = path.getParent();
    if (!Files.isDirectory(dir)) {
      throw new PreparationException(
          "volume " + volume + ": its claim is not mounted at " + dir, null);
    }
    long capacity = options.getVolumeCapacityBytesOrDefault(volume, 0);
    long usable = Files.getFileStore(dir).getUsableSpace();
    long size = capacity > 0 ? Math.min(capacity, usable) : usable;
    size = (long) (size * (1 - FILESYSTEM_OVERHEAD));
    // qemu wants whole 512-byte sectors (upstream aligns to 1 MiB)
    size -= size % (1024 * 1024);
    if (size <= 0) {
      throw new PreparationException(
          "volume " + volume + ": no space for a disk image in " + dir, null);
    }
    sparse(path, size);
  }

  private void cloudInit(Path iso, VirtualMachineInstance vmi) throws IOException {
    Optional<CloudInitData> data = CloudInitRenderer.render(vmi, secrets(vmi));
    if (data.isEmpty()) {
      return;
    }
    Files.createDirectories(iso.getParent());
    isoWriter.write(iso, data.get().volumeLabel(), data.get().files());
  }

  /**
   * The cloud-init secrets and public keys virt-controller mounted into the pod, read where
   * upstream puts them, for the VMI's first cloud-init volume (the one rendered).
   */
  private static CloudInitSecrets secrets(VirtualMachineInstance vmi) throws IOException {
    for (var volume :
        vmi.getSpec().getVolumes() == null
            ? List.<io.jvirt.api.v1.volume.Volume>of()
            : vmi.getSpec().getVolumes()) {
      if (volume.getCloudInitNoCloud() == null && volume.getCloudInitConfigDrive() == null) {
        continue;
      }
      CloudInitSource source =
          volume.getCloudInitNoCloud() != null
              ? CloudInitSource.NO_CLOUD
              : CloudInitSource.CONFIG_DRIVE;
      List<List<String>> files = CloudInitRenderer.secretFiles(volume.getName());
      Map<String, String> keys =
          PublicKeyFiles.read(
              PublicKeySecrets.directories(vmi, source).stream().map(Path::of).toList());
      return new CloudInitSecrets(firstExisting(files.get(0)), firstExisting(files.get(1)), keys);
    }
    return CloudInitSecrets.NONE;
  }

  private static String firstExisting(List<String> candidates) throws IOException {
    for (String candidate : candidates) {
      Path file = Path.of(candidate);
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
    }
    return null;
  }

  private void configIso(Path iso, Path source, String label) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> entries = Files.walk(source)) {
      for (Path entry : entries.filter(Files::isRegularFile).toList()) {
        String relative = source.relativize(entry).toString();
        // Kubernetes keeps the real files in a ..data directory and links them from the top
        if (!relative.startsWith("..")) {
          files.put(relative, Files.readAllBytes(entry));
        }
      }
    }
    Files.createDirectories(iso.getParent());
    isoWriter.write(iso, label, files);
  }

  private static void emptyFile(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    if (!Files.exists(path)) {
      Files.createFile(path);
    }
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
  }

  private static void sparse(Path path, long bytes) throws IOException {
    Files.createDirectories(path.getParent());
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(bytes);
    }
  }
}
