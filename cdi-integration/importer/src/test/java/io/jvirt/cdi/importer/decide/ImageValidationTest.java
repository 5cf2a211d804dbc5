package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** qemu-img info parsing and the pre-conversion checks. */
class ImageValidationTest {
  @Test
  void parsesQemuImgInfo() {
    ImageInfo info =
        ImageInfo.parse(
            "{\"virtual-size\": 67108864, \"filename\": \"x.qcow2\", \"cluster-size\": 65536,"
                + " \"format\": \"qcow2\", \"actual-size\": 200704, \"dirty-flag\": false}");
    assertThat(info).isEqualTo(new ImageInfo("qcow2", 67108864L, 200704L, ""));
  }

  @Test
  void notJsonIsAFailure() {
    assertThatThrownBy(() -> ImageInfo.parse("qemu-img: Could not open"))
        .isInstanceOf(ImportFailure.class)
        .hasMessageContaining("no JSON");
  }

  @Test
  void anImageLargerThanTheVolumeNamesBothSizes() {
    assertThatThrownBy(
            () -> ImageValidation.validate(new ImageInfo("qcow2", 2048L, 10L, ""), 1024L))
        .hasMessage(
            "virtual image size 2048 is larger than the reported available storage 1024."
                + " A larger PVC is required");
  }

  @Test
  void fittingRawAndQcow2Pass() {
    assertThatCode(() -> ImageValidation.validate(new ImageInfo("raw", 1024L, 0, ""), 1024L))
        .doesNotThrowAnyException();
    assertThatCode(() -> ImageValidation.validate(new ImageInfo("qcow2", 1L << 40, 0, ""), -1))
        .doesNotThrowAnyException();
  }

  @Test
  void otherFormatsAndBackingFilesAreRefused() {
    assertThatThrownBy(() -> ImageValidation.validate(new ImageInfo("vpc", 1, 1, ""), 10))
        .hasMessageStartingWith("vhd images are not supported");
    assertThatThrownBy(() -> ImageValidation.validate(new ImageInfo("vmdk", 1, 1, ""), 10))
        .hasMessageStartingWith("vmdk images are not supported");
    assertThatThrownBy(() -> ImageValidation.validate(new ImageInfo("qcow2", 1, 1, "b.img"), 10))
        .hasMessageContaining("backing file b.img");
  }
}
