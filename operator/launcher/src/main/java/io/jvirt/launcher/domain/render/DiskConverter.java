package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskCache;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.launcher.domain.model.Address;
import io.jvirt.launcher.domain.model.Alias;
import io.jvirt.launcher.domain.model.Boot;
import io.jvirt.launcher.domain.model.Disk;
import io.jvirt.launcher.domain.model.Flag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The VMI's disks as libvirt disks, in spec order (upstream Convert_v1_Disk_To_api_Disk): device
 * names, driver options, alias, boot order and serial here; the image behind each disk comes from
 * {@link VolumeSources}.
 */
final class DiskConverter {
  static final Set<String> ERROR_POLICIES = Set.of("stop", "ignore", "report", "enospace");

  private final VmiView vmi;
  private final ConverterContext context;
  private final VolumeSources sources;
  private final DiskTargets targets = new DiskTargets();
  private final IoThreads ioThreads;
  private final String virtioModel;
  private final int vcpus;

  DiskConverter(
      VmiView vmi,
      ConverterContext context,
      List<FileToPrepare> files,
      String virtioModel,
      int vcpus) {
    this.vmi = vmi;
    this.context = context;
    this.sources = new VolumeSources(vmi, context, files);
    this.ioThreads = IoThreads.of(vmi.domain(), disks());
    this.virtioModel = virtioModel;
    this.vcpus = vcpus;
  }

  IoThreads ioThreads() {
    return ioThreads;
  }

  List<Disk> convert() {
    Map<String, Integer> volumeIndex = new HashMap<>();
    List<Volume> volumes = vmi.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      volumeIndex.put(volumes.get(i).getName(), i);
    }
    List<Disk> disks = new ArrayList<>();
    List<io.jvirt.api.v1.domain.Disk> specDisks = disks();
    for (int i = 0; i < specDisks.size(); i++) {
      io.jvirt.api.v1.domain.Disk spec = specDisks.get(i);
      Integer index = volumeIndex.get(spec.getName());
      disks.add(disk(spec, "spec.domain.devices.disks[" + i + "]", index == null ? -1 : index));
    }
    return disks;
  }

  private List<io.jvirt.api.v1.domain.Disk> disks() {
    return VmiView.orEmpty(vmi.devices().getDisks());
  }

  private Disk disk(io.jvirt.api.v1.domain.Disk spec, String field, int volumeIndex) {
    DiskTarget target = DiskTarget.of(spec);
    DiskTargets.Assigned name = targets.next(target.bus());
    Disk.DiskBuilder disk =
        Disk.builder()
            .device(target.device())
            .target(new Disk.Target(name.dev(), target.busName(), target.tray()))
            .serial(spec.getSerial())
            .readonly(target.readonly() ? Flag.ON : null)
            .alias(Alias.user(spec.getName()))
            .boot(spec.getBootOrder() == null ? null : new Boot(spec.getBootOrder()));
    if (target.bus() == DiskBus.VIRTIO && "disk".equals(target.device())) {
      disk.model(virtioModel);
    }
    disk.address(address(spec, target, name, field));
    if (target.isLun() && VmiView.isTrue(spec.getLun().getReservation())) {
      throw new ConversionException(field + ".lun.reservation", "is not supported by jvirt");
    }
    Disk.Driver.DriverBuilder driver =
        Disk.Driver.builder()
            .name("qemu")
            .errorPolicy(errorPolicy(spec, field))
            .discard(target.isCdrom() ? null : "unmap")
            .iothread(ioThreads.assign(spec, target.bus()))
            .queues(
                VmiView.isTrue(vmi.devices().getBlockMultiQueue()) && target.bus() == DiskBus.VIRTIO
                    ? vcpus
                    : null);
    Volume volume = volumeIndex < 0 ? null : vmi.volumes().get(volumeIndex);
    if (volume == null && !target.isCdrom()) {
      throw new ConversionException(field + ".name", "no volume named " + spec.getName());
    }
    boolean hasImage = sources.apply(volume, volumeIndex, target, disk, driver, field);
    if (hasImage) {
      cache(spec, field, disk, driver);
    }
    return disk.driver(driver.build()).build();
  }

  private Address address(
      io.jvirt.api.v1.domain.Disk spec,
      DiskTarget target,
      DiskTargets.Assigned name,
      String field) {
    String pci = spec.getDisk() == null ? null : spec.getDisk().getPciAddress();
    if (pci != null && !pci.isEmpty()) {
      if (target.bus() != DiskBus.VIRTIO) {
        throw new ConversionException(field + ".disk.pciAddress", "needs bus virtio");
      }
      return PciAddresses.parse(pci, field + ".disk.pciAddress");
    }
    // SCSI disks sit on the one virtio-scsi controller, unit = their place among sd* names.
    return target.bus() == DiskBus.SCSI ? Address.drive(0, name.index()) : null;
  }

  private static String errorPolicy(io.jvirt.api.v1.domain.Disk spec, String field) {
    String policy = spec.getErrorPolicy();
    if (policy == null) {
      return "stop";
    }
    if (!ERROR_POLICIES.contains(policy)) {
      throw new ConversionException(field + ".errorPolicy", "unknown policy " + policy);
    }
    return policy;
  }

  /**
   * Cache none when the files allow O_DIRECT, else writethrough (upstream SetDriverCacheMode);
   * shareable disks need none. io native only on block devices with cache none.
   */
  private void cache(
      io.jvirt.api.v1.domain.Disk spec,
      String field,
      Disk.DiskBuilder disk,
      Disk.Driver.DriverBuilder driver) {
    DiskCache cache = spec.getCache();
    boolean shareable = VmiView.isTrue(spec.getShareable());
    if (shareable) {
      if (cache != null && cache != DiskCache.NONE) {
        throw new ConversionException(field + ".cache", "a shareable disk needs cache none");
      }
      cache = DiskCache.NONE;
      disk.shareable(Flag.ON);
    }
    if (cache == DiskCache.NONE && !context.directIo()) {
      throw new ConversionException(
          field + ".cache", "cache none needs O_DIRECT, which the launcher's files lack");
    }
    if (cache == null) {
      cache = context.directIo() ? DiskCache.NONE : DiskCache.WRITETHROUGH;
    }
    driver.cache(cache.name().toLowerCase(Locale.ROOT));
    if (spec.getIo() != null) {
      driver.io(spec.getIo().name().toLowerCase(Locale.ROOT));
    } else if (cache == DiskCache.NONE && sources.isBlock(spec.getName())) {
      driver.io("native");
    }
  }
}
