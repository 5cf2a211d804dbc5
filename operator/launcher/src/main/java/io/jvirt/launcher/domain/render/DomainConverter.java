package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.domain.model.Devices;
import io.jvirt.launcher.domain.model.Disk;
import io.jvirt.launcher.domain.model.Domain;
import io.jvirt.launcher.domain.model.Input;
import io.jvirt.launcher.domain.model.Metadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Converts a VirtualMachineInstance, as virt-api admitted and defaulted it, into the libvirt domain
 * the launcher defines, following upstream's converter (pkg/virt-launcher/virtwrap/converter).
 * Pure: what only the node knows comes in the {@link ConverterContext}.
 */
public final class DomainConverter {
  static final String VIRTIO_TRANSITIONAL = "virtio-transitional";
  static final String VIRTIO_NON_TRANSITIONAL = "virtio-non-transitional";

  /** Upstream's grace period when the VMI sets none, seconds. */
  static final long DEFAULT_GRACE_PERIOD_SECONDS = 30;

  private DomainConverter() {}

  /**
   * The domain for {@code vmi} and the files to prepare for it.
   *
   * @throws ConversionException naming the fields the domain cannot express
   */
  public static ConvertedDomain convert(VirtualMachineInstance vmi, ConverterContext context) {
    VmiView view = new VmiView(vmi);
    UnexpressedFields.check(view);
    String architecture = view.spec().getArchitecture();
    if (architecture != null && !architecture.isEmpty() && !"amd64".equals(architecture)) {
      throw new ConversionException("spec.architecture", "jvirt runs amd64 guests only");
    }
    List<FileToPrepare> files = new ArrayList<>();
    files.add(new FileToPrepare.Directory(LauncherPod.privateVmiDir(view.uid())));
    String virtioModel =
        VmiView.isTrue(view.devices().getUseVirtioTransitional())
            ? VIRTIO_TRANSITIONAL
            : VIRTIO_NON_TRANSITIONAL;
    int vcpus = VcpuLayout.of(view.domain()).vcpus();
    Long grace = view.spec().getTerminationGracePeriodSeconds();
    Domain.DomainBuilder domain =
        Domain.builder()
            .type(context.useEmulation() ? "qemu" : "kvm")
            .name(view.namespace() + "_" + view.name())
            .metadata(Metadata.of(view.uid(), grace == null ? DEFAULT_GRACE_PERIOD_SECONDS : grace))
            .sysinfo(FirmwareConverter.sysinfo(view, context.smbios()))
            .os(FirmwareConverter.os(view, context, files))
            .features(PlatformConverter.features(view.features()))
            .clock(PlatformConverter.clock(view.domain().getClock()));
    ComputeConverter.convert(view, context, domain);
    DiskConverter disks = new DiskConverter(view, context, files, virtioModel, vcpus);
    List<Disk> domainDisks = disks.convert();
    if (disks.ioThreads().total() > 0) {
      domain.iothreads(disks.ioThreads().total());
    }
    domain.devices(
        devices(view, context, files, virtioModel, vcpus, domainDisks, disks.ioThreads()));
    return new ConvertedDomain(domain.build(), orderedFiles(files));
  }

  private static Devices devices(
      VmiView vmi,
      ConverterContext context,
      List<FileToPrepare> files,
      String virtioModel,
      int vcpus,
      List<Disk> disks,
      IoThreads ioThreads) {
    List<Input> inputs = DeviceConverter.inputs(vmi);
    Devices.DevicesBuilder devices =
        Devices.builder()
            .disks(disks)
            .controllers(DeviceConverter.controllers(vmi, inputs, virtioModel, ioThreads, vcpus))
            .interfaces(InterfaceConverter.convert(vmi, context, virtioModel, vcpus))
            .channels(List.of(DeviceConverter.guestAgent(vmi, files)))
            .inputs(inputs)
            .memballoon(DeviceConverter.balloon(vmi, context, virtioModel))
            .rng(DeviceConverter.rng(vmi, virtioModel));
    DeviceConverter.console(vmi, context, devices, files);
    DeviceConverter.graphics(vmi, devices, files);
    return devices.build();
  }

  /** Directories first, then everything else in conversion order, without duplicates. */
  private static List<FileToPrepare> orderedFiles(List<FileToPrepare> files) {
    LinkedHashSet<FileToPrepare> ordered = new LinkedHashSet<>();
    files.stream().filter(FileToPrepare.Directory.class::isInstance).forEach(ordered::add);
    ordered.addAll(files);
    return List.copyOf(ordered);
  }
}
