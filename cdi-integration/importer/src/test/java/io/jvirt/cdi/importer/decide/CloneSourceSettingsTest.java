package io.jvirt.cdi.importer.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clone source's env. */
class CloneSourceSettingsTest {
  @Test
  void readsTheUploadUrlAndOwner() {
    assertThat(
            CloneSourceSettings.fromEnv(
                Map.of(
                    "UPLOAD_URL", " http://10.88.0.12:8443/v1beta1/upload ", "OWNER_UID", "dv-1")))
        .isEqualTo(new CloneSourceSettings("http://10.88.0.12:8443/v1beta1/upload", "dv-1"));
    assertThat(CloneSourceSettings.fromEnv(Map.of("UPLOAD_URL", "http://h/p")).ownerUid())
        .isEmpty();
  }

  @Test
  void aMissingOrUnusableUrlIsNamed() {
    assertThatThrownBy(() -> CloneSourceSettings.fromEnv(Map.of("OWNER_UID", "x")))
        .isInstanceOf(ImportFailure.class)
        .hasMessage("UPLOAD_URL is not set");
    assertThatThrownBy(() -> CloneSourceSettings.fromEnv(Map.of("UPLOAD_URL", "  ")))
        .hasMessage("UPLOAD_URL is not set");
    assertThatThrownBy(() -> CloneSourceSettings.fromEnv(Map.of("UPLOAD_URL", "ftp://h/disk")))
        .hasMessage("UPLOAD_URL ftp://h/disk is not an http URL");
    assertThatThrownBy(() -> CloneSourceSettings.fromEnv(Map.of("UPLOAD_URL", "http://a b/")))
        .hasMessage("UPLOAD_URL http://a b/ is not an http URL");
    assertThatThrownBy(() -> CloneSourceSettings.fromEnv(Map.of("UPLOAD_URL", "http:///x")))
        .hasMessage("UPLOAD_URL http:///x is not an http URL");
  }
}
