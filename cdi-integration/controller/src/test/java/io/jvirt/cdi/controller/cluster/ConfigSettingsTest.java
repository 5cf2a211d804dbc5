package io.jvirt.cdi.controller.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDIConfigStatus;
import io.jvirt.cdi.controller.decide.CdiSettings;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import io.jvirt.cdi.controller.decide.StorageClassInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feature gates, resolved CDIConfig values and storage class flags as decisions read them. */
class ConfigSettingsTest {
  private static final ImporterSettings IMPORTER = ImporterSettings.defaults("importer:1");

  @Test
  void withoutAConfigEveryGateIsOff() {
    CdiSettings settings = ConfigSettings.from(null, IMPORTER);
    assertThat(settings.honorWaitForFirstConsumer()).isFalse();
    assertThat(settings.importer().image()).isEqualTo("importer:1");
  }

  @Test
  void gatesComeFromTheSpecAndResolvedValuesFromTheStatus() {
    CDIConfig config = new CDIConfig();
    config.setMetadata(new ObjectMetaBuilder().withName("config").build());
    CDIConfigSpec spec = new CDIConfigSpec();
    spec.setFeatureGates(List.of(ConfigSettings.HONOR_WAIT_FOR_FIRST_CONSUMER));
    spec.setInsecureRegistries(List.of("10.96.0.12:5000"));
    config.setSpec(spec);
    CDIConfigStatus status = new CDIConfigStatus();
    status.setScratchSpaceStorageClass("local");
    config.setStatus(status);
    CdiSettings settings = ConfigSettings.from(config, IMPORTER);
    assertThat(settings.honorWaitForFirstConsumer()).isTrue();
    assertThat(settings.scratchSpaceStorageClass()).isEqualTo("local");
    assertThat(settings.importer().insecureRegistries()).containsExactly("10.96.0.12:5000");
    assertThat(settings.importer().image()).isEqualTo("importer:1");
  }

  @Test
  void storageClassFlagsAndBindingMode() {
    StorageClassInfo info =
        StorageClasses.info(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName("local")
                .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true")
                .withCreationTimestamp("2026-12-04T10:00:00Z")
                .endMetadata()
                .withVolumeBindingMode("WaitForFirstConsumer")
                .withProvisioner("kubernetes.io/no-provisioner")
                .build());
    assertThat(info.name()).isEqualTo("local");
    assertThat(info.defaultClass()).isTrue();
    assertThat(info.defaultVirtClass()).isFalse();
    assertThat(info.waitForFirstConsumer()).isTrue();
  }
}
