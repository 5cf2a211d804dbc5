package io.jvirt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guest's resident RAM picked out of QEMU's smaps. */
class GuestRamTest {
  private static final List<String> SMAPS =
      List.of(
          "55d0c0000000-55d0c1000000 rw-p 00000000 00:00 0",
          "Size:              16384 kB",
          "Rss:                8000 kB",
          "7f1000000000-7f1008000000 rw-p 00000000 00:00 0",
          "Size:             131072 kB",
          "KernelPageSize:        4 kB",
          "Rss:               61234 kB",
          "7f2000000000-7f2000100000 r-xp 00000000 08:01 1234 /usr/bin/qemu-system-x86_64",
          "Size:               1024 kB",
          "Rss:                1024 kB");

  @Test
  void theMappingOfTheGuestsSizeIsItsRam() {
    assertThat(GuestRam.residentKib(SMAPS, 131072)).isEqualTo(61234);
  }

  @Test
  void noMappingOfThatSizeIsUnknown() {
    assertThat(GuestRam.residentKib(SMAPS, 262144)).isEqualTo(-1);
  }
}
