package io.jvirt.launcher.domain.render;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The defaulted VMIs under src/test/resources/vmi and the node context each converts with. */
final class DomainFixtures {
  static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** The pod interface virt-handler reports for the primary network. */
  static final InterfaceBinding POD_TAP = new InterfaceBinding("tap0", "0a:58:0a:f4:00:2a", 1450);

  /** This machine's setting: TCG, one tap on the pod network, qcow2 container disks. */
  static final ConverterContext EMULATION =
      ConverterContext.DEFAULTS
          .withUseEmulation(true)
          .withInterfaces(Map.of("default", POD_TAP))
          .withContainerDiskFormats(Map.of("containerdisk", "qcow2"));

  private DomainFixtures() {}

  /** Every golden case, by file name without .yaml, with its context. */
  static Map<String, ConverterContext> cases() {
    Map<String, ConverterContext> cases = new LinkedHashMap<>();
    cases.put("ephemeral-containerdisk", EMULATION);
    cases.put("cirros-nocloud", EMULATION.withUseEmulation(false));
    cases.put("configdrive-secretref", EMULATION);
    cases.put("efi-bootorder-sockets", EMULATION);
    cases.put("efi-secureboot", EMULATION);
    cases.put("bios-serial-firmware-ids", EMULATION.withSerialConsoleLog(false));
    cases.put("clock-features-topology", EMULATION.withUseEmulation(false));
    cases.put("limits-no-graphics", EMULATION.withUseEmulation(false).withDirectIo(false));
    cases.put("masquerade-ports", EMULATION);
    cases.put(
        "bridge-multus-mac",
        EMULATION.withInterfaces(
            Map.of("default", POD_TAP, "storage-lan", new InterfaceBinding("tap1", null, 1500))));
    cases.put("assorted-volumes", EMULATION.withBlockVolumes(Set.of("shared-lun")));
    cases.put("sata-implicit-disk", EMULATION);
    cases.put("disks-without-bus", EMULATION);
    cases.put("kernel-boot", EMULATION);
    cases.put("pvc-datavolume", EMULATION.withBlockVolumes(Set.of("logs")));
    cases.put(
        "autoattach-off",
        EMULATION
            .withInterfaces(Map.of())
            .withContainerDiskFormats(Map.of("containerdisk", "raw")));
    cases.put(
        "iothreads-scsi",
        EMULATION
            .withContainerDiskFormats(Map.of("containerdisk", "raw"))
            .withBlockVolumes(Set.of("shared")));
    return cases;
  }

  static VirtualMachineInstance vmi(String name) {
    return SERIALIZATION.unmarshal(resource("vmi/" + name + ".yaml"), VirtualMachineInstance.class);
  }

  static String resource(String path) {
    try (InputStream in = DomainFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
