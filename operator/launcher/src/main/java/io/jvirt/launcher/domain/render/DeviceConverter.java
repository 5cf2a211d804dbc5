package io.jvirt.launcher.domain.render;

import io.jvirt.api.v1.domain.Devices;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.contract.LauncherPod;
import io.jvirt.launcher.domain.model.Alias;
import io.jvirt.launcher.domain.model.Channel;
import io.jvirt.launcher.domain.model.CharSource;
import io.jvirt.launcher.domain.model.Console;
import io.jvirt.launcher.domain.model.Controller;
import io.jvirt.launcher.domain.model.Graphics;
import io.jvirt.launcher.domain.model.Input;
import io.jvirt.launcher.domain.model.Memballoon;
import io.jvirt.launcher.domain.model.Rng;
import io.jvirt.launcher.domain.model.Serial;
import io.jvirt.launcher.domain.model.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * The devices KubeVirt adds around disks and NICs (upstream compute/*.go): serial console, VNC with
 * its video card, guest agent channel, inputs, balloon, RNG and the controllers.
 */
final class DeviceConverter {
  static final String USB = "usb";
  static final String TABLET = "tablet";
  static final String GUEST_AGENT_CHANNEL = "org.qemu.guest_agent.0";
  static final int VIDEO_HEADS = 1;
  static final int VGA_VRAM_KIB = 16384;

  private DeviceConverter() {}

  /** Serial console on a unix socket (logged when asked) and a pty console; none if off. */
  static void console(
      VmiView vmi,
      ConverterContext context,
      io.jvirt.launcher.domain.model.Devices.DevicesBuilder devices,
      List<FileToPrepare> files) {
    Devices spec = vmi.devices();
    if (VmiView.isFalse(spec.getAutoattachSerialConsole())) {
      return;
    }
    String socket = LauncherPod.serialConsoleSocket(vmi.uid());
    boolean logged =
        spec.getLogSerialConsole() != null
            ? spec.getLogSerialConsole()
            : context.serialConsoleLog();
    Serial.Log log = null;
    files.add(new FileToPrepare.Socket(socket));
    if (logged) {
      String file = LauncherPod.serialConsoleLog(vmi.uid());
      log = new Serial.Log(file, "on");
      files.add(new FileToPrepare.EmptyFile(file));
    }
    devices.serials(
        List.of(new Serial("unix", new Serial.Target(0), CharSource.bind(socket), log)));
    devices.consoles(List.of(new Console("pty", new Console.Target("serial", 0))));
  }

  /** VNC on a unix socket, with bochs for EFI guests and VGA otherwise; none if off. */
  static void graphics(
      VmiView vmi,
      io.jvirt.launcher.domain.model.Devices.DevicesBuilder devices,
      List<FileToPrepare> files) {
    if (VmiView.isFalse(vmi.devices().getAutoattachGraphicsDevice())) {
      return;
    }
    String socket = LauncherPod.vncSocket(vmi.uid());
    files.add(new FileToPrepare.Socket(socket));
    devices.graphics(List.of(new Graphics("vnc", new Graphics.Listen("socket", socket))));
    boolean efi =
        vmi.firmware()
            .map(f -> f.getBootloader() != null && f.getBootloader().getEfi() != null)
            .orElse(false);
    Video.Model model =
        efi
            ? new Video.Model("bochs", VIDEO_HEADS, null)
            : new Video.Model("vga", VIDEO_HEADS, VGA_VRAM_KIB);
    devices.videos(List.of(new Video(model)));
  }

  /** The guest agent's channel, on a socket in the VMI's private directory. */
  static Channel guestAgent(VmiView vmi, List<FileToPrepare> files) {
    String socket = LauncherPod.guestAgentSocket(vmi.uid());
    files.add(new FileToPrepare.Socket(socket));
    return new Channel(
        "unix", CharSource.bind(socket), new Channel.Target("virtio", GUEST_AGENT_CHANNEL));
  }

  /** The spec's inputs (tablets on usb or virtio), or one USB tablet when auto-attached. */
  static List<Input> inputs(VmiView vmi) {
    List<Input> inputs = new ArrayList<>();
    List<io.jvirt.api.v1.domain.Input> spec = VmiView.orEmpty(vmi.devices().getInputs());
    for (int i = 0; i < spec.size(); i++) {
      io.jvirt.api.v1.domain.Input input = spec.get(i);
      String field = "spec.domain.devices.inputs[" + i + "]";
      String bus = input.getBus() == null || input.getBus().isEmpty() ? USB : input.getBus();
      if (!USB.equals(bus) && !"virtio".equals(bus)) {
        throw new ConversionException(field + ".bus", "unsupported input bus " + bus);
      }
      String type = input.getType() == null || input.getType().isEmpty() ? TABLET : input.getType();
      if (!TABLET.equals(type)) {
        throw new ConversionException(field + ".type", "unsupported input type " + type);
      }
      String model = "virtio".equals(bus) ? "virtio" : null;
      inputs.add(new Input(type, bus, model, Alias.user(input.getName())));
    }
    if (inputs.isEmpty() && VmiView.isTrue(vmi.devices().getAutoattachInputDevice())) {
      inputs.add(new Input(TABLET, USB, null, Alias.user("default-0")));
    }
    return inputs;
  }

  /** The balloon with statistics and free page reporting, or model none when switched off. */
  static Memballoon balloon(VmiView vmi, ConverterContext context, String virtioModel) {
    if (VmiView.isFalse(vmi.devices().getAutoattachMemBalloon())) {
      return new Memballoon("none", null, null);
    }
    boolean hugepages =
        vmi.domain().getMemory() != null && vmi.domain().getMemory().getHugepages() != null;
    int period = context.memBalloonStatsPeriod();
    return new Memballoon(
        virtioModel, hugepages ? "off" : "on", period > 0 ? new Memballoon.Stats(period) : null);
  }

  static Rng rng(VmiView vmi, String virtioModel) {
    return vmi.devices().getRng() == null
        ? null
        : new Rng(virtioModel, new Rng.Backend("random", "/dev/urandom"));
  }

  /**
   * USB (qemu-xhci only when a USB device needs it), virtio-scsi (for SCSI disks, and for hotplug
   * unless disabled, as upstream) and virtio-serial (for the serial console, as upstream).
   */
  static List<Controller> controllers(
      VmiView vmi, List<Input> inputs, String virtioModel, IoThreads ioThreads, int vcpus) {
    Devices spec = vmi.devices();
    List<io.jvirt.api.v1.domain.Disk> disks = VmiView.orEmpty(spec.getDisks());
    boolean usbDisk = disks.stream().anyMatch(d -> DiskTarget.of(d).bus() == DiskBus.USB);
    boolean usbInput = inputs.stream().anyMatch(i -> USB.equals(i.bus()));
    List<Controller> controllers = new ArrayList<>();
    controllers.add(Controller.of("usb", usbDisk || usbInput ? "qemu-xhci" : "none"));
    boolean scsiDisk = disks.stream().anyMatch(d -> DiskTarget.of(d).bus() == DiskBus.SCSI);
    if (scsiDisk || !VmiView.isTrue(spec.getDisableHotplug())) {
      boolean dedicated =
          disks.stream()
              .anyMatch(
                  d ->
                      DiskTarget.of(d).bus() == DiskBus.SCSI
                          && VmiView.isTrue(d.getDedicatedIOThread()));
      Controller.Driver driver =
          dedicated && ioThreads.total() > 0
              ? new Controller.Driver(ioThreads.sharedForController(), vcpus)
              : null;
      controllers.add(new Controller("scsi", 0, virtioModel, driver));
    }
    if (!VmiView.isFalse(spec.getAutoattachSerialConsole())) {
      controllers.add(Controller.of("virtio-serial", virtioModel));
    }
    return controllers;
  }
}
