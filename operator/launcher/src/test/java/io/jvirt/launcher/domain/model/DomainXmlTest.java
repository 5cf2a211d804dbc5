package io.jvirt.launcher.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writing is deterministic and libvirt-shaped; reading picks the launcher's facts from live XML.
 */
class DomainXmlTest {

  @Test
  void writesAttributesTextEmptyElementsAndKubevirtNamespace() {
    Domain domain =
        Domain.builder()
            .type("qemu")
            .name("ns_vm")
            .metadata(Metadata.of("uid-1", 30))
            .memory(Memory.bytes(1024))
            .features(Features.builder().acpi(Flag.ON).vmport(State.of(false)).build())
            .devices(
                Devices.builder()
                    .controllers(List.of(Controller.of("usb", "none")))
                    .memballoon(new Memballoon("none", null, null))
                    .build())
            .build();

    assertThat(DomainXml.write(domain))
        .isEqualTo(
            """
            <domain type="qemu">
              <name>ns_vm</name>
              <metadata>
                <kubevirt xmlns="http://kubevirt.io">
                  <uid>uid-1</uid>
                  <graceperiod>
                    <deletionGracePeriodSeconds>30</deletionGracePeriodSeconds>
                  </graceperiod>
                </kubevirt>
              </metadata>
              <memory unit="b">1024</memory>
              <features>
                <acpi/>
                <vmport state="off"/>
              </features>
              <devices>
                <controller type="usb" index="0" model="none"/>
                <memballoon model="none"/>
              </devices>
            </domain>
            """);
  }

  @Test
  void readsMachineTypeCurrentMemoryAndUidFromLibvirtXml() {
    String live =
        """
        <domain type='qemu' id='1'>
          <name>ns_vm</name>
          <uuid>2b7d5b31-3f49-4c7a-9d0e-000000000013</uuid>
          <metadata>
            <kubevirt xmlns="http://kubevirt.io">
              <uid>uid-1</uid>
              <graceperiod><deletionGracePeriodSeconds>0</deletionGracePeriodSeconds></graceperiod>
            </kubevirt>
          </metadata>
          <memory unit='KiB'>131072</memory>
          <currentMemory unit='KiB'>65536</currentMemory>
          <vcpu placement='static'>1</vcpu>
          <os>
            <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
            <boot dev='hd'/>
          </os>
          <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices>
        </domain>
        """;

    assertThat(DomainXml.readLive(live))
        .isEqualTo(new LiveDomain("ns_vm", "uid-1", "pc-q35-7.2", 65536L * 1024));
  }

  @Test
  void withoutCurrentMemoryTheMemoryIsCurrent() {
    String live =
        "<domain><name>n</name><memory unit='MiB'>128</memory>"
            + "<os><type machine='q35'>hvm</type></os></domain>";

    assertThat(DomainXml.readLive(live).currentMemoryBytes()).isEqualTo(128L << 20);
  }

  @Test
  void libvirtUnitsAreDecimalOrBinaryAndKibByDefault() {
    assertThat(MemoryUnits.toBytes(1, "b")).isEqualTo(1);
    assertThat(MemoryUnits.toBytes(1, "KB")).isEqualTo(1000);
    assertThat(MemoryUnits.toBytes(1, "k")).isEqualTo(1024);
    assertThat(MemoryUnits.toBytes(2, "GiB")).isEqualTo(2L << 30);
    assertThat(MemoryUnits.toBytes(1, "MB")).isEqualTo(1_000_000);
    assertThat(MemoryUnits.toBytes(3, null)).isEqualTo(3072);
    assertThatThrownBy(() -> MemoryUnits.toBytes(1, "parsec"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
