package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.UploadServer;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The upload server's settings, read from the env cdi-controller renders into the upload pod.
 *
 * @param imageSize requested bytes, -1 when not given
 */
public record UploadSettings(
    long imageSize, BigDecimal filesystemOverhead, boolean preallocation, String ownerUid) {

  /** Reads the settings from an environment. */
  public static UploadSettings fromEnv(Map<String, String> env) {
    String overhead = env.getOrDefault(UploadServer.ENV_FILESYSTEM_OVERHEAD, "").trim();
    BigDecimal filesystemOverhead;
    try {
      filesystemOverhead = overhead.isEmpty() ? BigDecimal.ZERO : new BigDecimal(overhead);
    } catch (NumberFormatException e) {
      throw new ImportFailure("invalid filesystem overhead " + overhead, e);
    }
    return new UploadSettings(
        ImportSizes.bytes(env.get(UploadServer.ENV_IMAGE_SIZE)),
        filesystemOverhead,
        "true".equalsIgnoreCase(env.get(UploadServer.ENV_PREALLOCATION)),
        env.getOrDefault(UploadServer.ENV_OWNER_UID, ""));
  }

  /** How the uploaded image is written: upstream's upload server converts with writeback. */
  public TargetOptions targetOptions() {
    return new TargetOptions(imageSize, filesystemOverhead, preallocation, false);
  }
}
