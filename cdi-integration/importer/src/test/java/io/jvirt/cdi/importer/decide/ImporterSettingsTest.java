package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the importer's env. */
class ImporterSettingsTest {
  @Test
  void readsTheControllersEnv() {
    ImporterSettings settings =
        ImporterSettings.fromEnv(
            Map.ofEntries(
                Map.entry("IMPORTER_SOURCE", "http"),
                Map.entry("IMPORTER_ENDPOINT", "https://example.org/disk.qcow2"),
                Map.entry("IMPORTER_CONTENTTYPE", "kubevirt"),
                Map.entry("IMPORTER_IMAGE_SIZE", "1Gi"),
                Map.entry("OWNER_UID", "uid-1"),
                Map.entry("FILESYSTEM_OVERHEAD", "0.06"),
                Map.entry("INSECURE_TLS", "true"),
                Map.entry("PREALLOCATION", "false"),
                Map.entry("CACHE_MODE", "TRYNONE"),
                Map.entry("IMPORTER_ACCESS_KEY_ID", "user"),
                Map.entry("IMPORTER_SECRET_KEY", "pass"),
                Map.entry("IMPORTER_CERT_DIR", "/certs"),
                Map.entry("IMPORTER_EXTRA_HEADER_0", "X-A: 1"),
                Map.entry("IMPORTER_EXTRA_HEADER_1", "X-B: 2")));
    assertThat(settings)
        .isEqualTo(
            new ImporterSettings(
                "http",
                "https://example.org/disk.qcow2",
                "kubevirt",
                1L << 30,
                "uid-1",
                new BigDecimal("0.06"),
                true,
                false,
                true,
                "user",
                "pass",
                "/certs",
                List.of("X-A: 1", "X-B: 2"),
                ""));
    assertThat(settings.kind()).isEqualTo(ImportKind.HTTP_KUBEVIRT);
  }

  @Test
  void missingValuesHaveDefaults() {
    ImporterSettings settings = ImporterSettings.fromEnv(Map.of("IMPORTER_SOURCE", "none"));
    assertThat(settings.contentType()).isEqualTo("kubevirt");
    assertThat(settings.imageSize()).isEqualTo(-1);
    assertThat(settings.filesystemOverhead()).isEqualTo(BigDecimal.ZERO);
    assertThat(settings.insecureTls()).isFalse();
    assertThat(settings.kind()).isEqualTo(ImportKind.BLANK);
  }
}
