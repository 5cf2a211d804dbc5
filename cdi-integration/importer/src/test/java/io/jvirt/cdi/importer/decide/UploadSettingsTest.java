package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The upload pod's environment read into settings. */
class UploadSettingsTest {
  @Test
  void readsTheUploadPodsEnvironment() {
    UploadSettings settings =
        UploadSettings.fromEnv(
            Map.of(
                "UPLOAD_IMAGE_SIZE", "1Gi",
                "FILESYSTEM_OVERHEAD", "0.055",
                "PREALLOCATION", "true",
                "OWNER_UID", "uid-1"));
    assertThat(settings)
        .isEqualTo(new UploadSettings(1L << 30, new BigDecimal("0.055"), true, "uid-1"));
    assertThat(settings.targetOptions())
        .isEqualTo(new TargetOptions(1L << 30, new BigDecimal("0.055"), true, false));
  }

  @Test
  void defaultsWhenUnset() {
    assertThat(UploadSettings.fromEnv(Map.of()))
        .isEqualTo(new UploadSettings(-1, BigDecimal.ZERO, false, ""));
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> UploadSettings.fromEnv(Map.of("FILESYSTEM_OVERHEAD", "lots")))
        .hasMessage("invalid filesystem overhead lots");
    assertThatThrownBy(() -> UploadSettings.fromEnv(Map.of("UPLOAD_IMAGE_SIZE", "huge")))
        .hasMessage("invalid image size huge");
  }
}
