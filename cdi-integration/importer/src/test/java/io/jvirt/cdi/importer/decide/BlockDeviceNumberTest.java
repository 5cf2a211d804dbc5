package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Device numbers to sysfs names and sector counts to bytes. */
class BlockDeviceNumberTest {
  @Test
  void decodesGlibcDeviceNumbers() {
    assertThat(BlockDeviceNumber.of(0x0700L)).isEqualTo("7:0");
    assertThat(BlockDeviceNumber.of(0x0803L)).isEqualTo("8:3");
    assertThat(BlockDeviceNumber.of(0xfd00L)).isEqualTo("253:0");
    // makedev(259, 300): minor above 255 spreads into bits 20 and up
    assertThat(BlockDeviceNumber.of((259L << 8) | (300L & 0xff) | ((300L & ~0xffL) << 12)))
        .isEqualTo("259:300");
    // makedev(4096, 1): major above 4095 lives in the upper 32 bits
    assertThat(BlockDeviceNumber.of(1L | ((4096L & ~0xfffL) << 32))).isEqualTo("4096:1");
  }

  @Test
  void sectorsAre512Bytes() {
    assertThat(BlockDeviceNumber.bytes("131072\n")).isEqualTo(64L * 1024 * 1024);
    assertThat(BlockDeviceNumber.bytes("junk")).isEqualTo(-1);
  }
}
