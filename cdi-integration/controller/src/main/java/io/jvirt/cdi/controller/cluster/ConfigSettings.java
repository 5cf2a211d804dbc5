package io.jvirt.cdi.controller.cluster;

import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDIConfigStatus;
import io.jvirt.cdi.controller.decide.CdiSettings;
import io.jvirt.cdi.controller.decide.FilesystemOverheads;
import io.jvirt.cdi.controller.decide.ImporterSettings;
import java.util.List;

/**
 * Turns a CDIConfig (spec for gates and insecure registries, status for resolved values) into
 * decision settings.
 */
public final class ConfigSettings {
  /** Feature gate that keeps worker pods away from claims until a consumer binds them. */
  public static final String HONOR_WAIT_FOR_FIRST_CONSUMER = "HonorWaitForFirstConsumer";

  private ConfigSettings() {}

  /** Settings of {@code config}; without one, every gate is off and defaults apply. */
  public static CdiSettings from(CDIConfig config, ImporterSettings importer) {
    CdiSettings settings = CdiSettings.defaults(importer).withHonorWaitForFirstConsumer(false);
    if (config == null) {
      return settings;
    }
    CDIConfigSpec spec = config.getSpec();
    List<String> gates =
        spec == null || spec.getFeatureGates() == null ? List.of() : spec.getFeatureGates();
    settings =
        settings.withHonorWaitForFirstConsumer(gates.contains(HONOR_WAIT_FOR_FIRST_CONSUMER));
    if (spec != null && spec.getInsecureRegistries() != null) {
      settings =
          settings.withImporter(importer.withInsecureRegistries(spec.getInsecureRegistries()));
    }
    CDIConfigStatus status = config.getStatus();
    if (status != null) {
      if (status.getFilesystemOverhead() != null) {
        settings =
            settings.withFilesystemOverheads(
                FilesystemOverheads.from(status.getFilesystemOverhead()));
      }
      settings = settings.withScratchSpaceStorageClass(status.getScratchSpaceStorageClass());
      settings = settings.withPreallocation(Boolean.TRUE.equals(status.getPreallocation()));
    }
    return settings;
  }
}
