package io.jvirt.launcher.domain.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.api.v1.domain.DiskBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Guest device names follow Linux's sd naming, per prefix, vd for virtio and sd for the rest. */
class DiskTargetsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, vda",
    "1, vdb",
    "25, vdz",
    "26, vdaa",
    "27, vdab",
    "51, vdaz",
    "52, vdba",
    "701, vdzz",
    "702, vdaaa",
    "18277, vdzzz"
  })
  void indexToName(int index, String name) {
    assertThat(DiskTargets.name("vd", index)).isEqualTo(name);
  }

  @Test
  void virtioHasItsOwnPrefixWhileSataScsiAndUsbShareSd() {
    assertThat(DiskTargets.prefix(DiskBus.VIRTIO)).isEqualTo("vd");
    assertThat(DiskTargets.prefix(DiskBus.SATA)).isEqualTo("sd");
    assertThat(DiskTargets.prefix(DiskBus.SCSI)).isEqualTo("sd");
    assertThat(DiskTargets.prefix(DiskBus.USB)).isEqualTo("sd");
  }

  @Test
  void namesAreHandedOutInOrderPerPrefix() {
    DiskTargets targets = new DiskTargets();

    assertThat(targets.next(DiskBus.SATA)).isEqualTo(new DiskTargets.Assigned("sda", 0));
    assertThat(targets.next(DiskBus.VIRTIO)).isEqualTo(new DiskTargets.Assigned("vda", 0));
    assertThat(targets.next(DiskBus.SCSI)).isEqualTo(new DiskTargets.Assigned("sdb", 1));
    assertThat(targets.next(DiskBus.USB)).isEqualTo(new DiskTargets.Assigned("sdc", 2));
    assertThat(targets.next(DiskBus.VIRTIO)).isEqualTo(new DiskTargets.Assigned("vdb", 1));
  }

  @Test
  void theTwentySeventhVirtioDiskIsVdaa() {
    DiskTargets targets = new DiskTargets();
    for (int i = 0; i < 26; i++) {
      targets.next(DiskBus.VIRTIO);
    }

    assertThat(targets.next(DiskBus.VIRTIO).dev()).isEqualTo("vdaa");
  }
}
