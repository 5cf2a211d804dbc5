package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDIConfigStatus;
import io.jvirt.cdi.api.v1beta1.FilesystemOverhead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CDIConfig's status fills upstream's defaults and keeps valid spec values. */
class ConfigStatusDeciderTest {
  private static final List<StorageClassInfo> CLASSES =
      List.of(StorageClassInfo.of("local").asDefault(), StorageClassInfo.of("fast"));

  @Test
  void emptySpecGetsUpstreamsDefaults() {
    CDIConfigStatus status = ConfigStatusDecider.status(null, CLASSES);
    assertThat(status.getScratchSpaceStorageClass()).isEqualTo("local");
    assertThat(status.getFilesystemOverhead().getGlobal()).isEqualTo("0.06");
    assertThat(status.getFilesystemOverhead().getStorageClass())
        .isEqualTo(Map.of("local", "0.06", "fast", "0.06"));
    assertThat(status.getDefaultPodResourceRequirements())
        .isEqualTo(ImporterSettings.defaultResources());
    assertThat(status.getPreallocation()).isFalse();
    assertThat(status.getUploadProxyURL()).isNull();
  }

  @Test
  void specValuesWinWhereTheyAreValid() {
    CDIConfigSpec spec = new CDIConfigSpec();
    spec.setScratchSpaceStorageClass("fast");
    spec.setUploadProxyURLOverride("https://upload.example");
    FilesystemOverhead overhead = new FilesystemOverhead();
    overhead.setGlobal("0.1");
    overhead.setStorageClass(Map.of("fast", "0.2"));
    spec.setFilesystemOverhead(overhead);
    CDIConfigStatus status = ConfigStatusDecider.status(spec, CLASSES);
    assertThat(status.getScratchSpaceStorageClass()).isEqualTo("fast");
    assertThat(status.getUploadProxyURL()).isEqualTo("https://upload.example");
    assertThat(status.getFilesystemOverhead().getStorageClass())
        .isEqualTo(Map.of("local", "0.1", "fast", "0.2"));
  }

  @Test
  void anUnknownScratchClassFallsBackToTheDefault() {
    CDIConfigSpec spec = new CDIConfigSpec();
    spec.setScratchSpaceStorageClass("gone");
    assertThat(ConfigStatusDecider.status(spec, CLASSES).getScratchSpaceStorageClass())
        .isEqualTo("local");
    assertThat(
            ConfigStatusDecider.status(spec, List.of(StorageClassInfo.of("x")))
                .getScratchSpaceStorageClass())
        .isEmpty();
  }
}
