package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quantities, usable space and the resize target. */
class ImportSizesTest {
  private static final long MIB = ImportSizes.MIB;

  @Test
  void quantitiesBecomeBytes() {
    assertThat(ImportSizes.bytes("500Mi")).isEqualTo(500 * MIB);
    assertThat(ImportSizes.bytes("1138166334")).isEqualTo(1138166334L);
    assertThat(ImportSizes.bytes("1G")).isEqualTo(1_000_000_000L);
    assertThat(ImportSizes.bytes("")).isEqualTo(-1);
    assertThat(ImportSizes.bytes(null)).isEqualTo(-1);
    assertThatThrownBy(() -> ImportSizes.bytes("lots")).isInstanceOf(ImportFailure.class);
  }

  @Test
  void usableSpaceTakesOffTheOverheadInWholeMebibytes() {
    // 1 GiB / 1.06 = 966.04 MiB -> 966 MiB
    assertThat(ImportSizes.usableSpace(new BigDecimal("0.06"), 1024 * MIB)).isEqualTo(966 * MIB);
    assertThat(ImportSizes.usableSpace(BigDecimal.ZERO, 1024 * MIB + 5)).isEqualTo(1024 * MIB);
  }

  @Test
  void targetIsTheSmallerOfRequestAndAvailableLessOverhead() {
    BigDecimal overhead = new BigDecimal("0.06");
    assertThat(ImportSizes.targetSize(1024 * MIB, 2048 * MIB, overhead)).isEqualTo(966 * MIB);
    assertThat(ImportSizes.targetSize(4096 * MIB, 1024 * MIB, overhead)).isEqualTo(966 * MIB);
    assertThat(ImportSizes.targetSize(1024 * MIB, -1, overhead)).isEqualTo(966 * MIB);
    assertThat(ImportSizes.targetSize(-1, 100 * MIB, BigDecimal.ZERO)).isEqualTo(100 * MIB);
    assertThat(ImportSizes.targetSize(-1, -1, overhead)).isEqualTo(-1);
  }
}
