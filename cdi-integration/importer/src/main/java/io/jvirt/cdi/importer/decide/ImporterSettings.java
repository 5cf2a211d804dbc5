package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.ImportSources;
import io.jvirt.cdi.contract.ImporterEnv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The importer's settings, read from the env the controller renders (ImporterEnv).
 *
 * @param imageSize requested bytes, -1 when not given
 * @param certDir the CA directory, empty when none
 * @param extraHeaders {@code Name: value} lines
 * @param registryArchitecture the image platform's architecture to pull, empty for the default
 */
public record ImporterSettings(
    String source,
    String endpoint,
    String contentType,
    long imageSize,
    String ownerUid,
    BigDecimal filesystemOverhead,
    boolean insecureTls,
    boolean preallocation,
    boolean cacheModeTryNone,
    String accessKeyId,
    String secretKey,
    String certDir,
    List<String> extraHeaders,
    String registryArchitecture) {

  /** Reads the settings from an environment. */
  public static ImporterSettings fromEnv(Map<String, String> env) {
    List<String> headers = new ArrayList<>();
    for (int i = 0; env.containsKey(ImporterEnv.extraHeader(i)); i++) {
      headers.add(env.get(ImporterEnv.extraHeader(i)));
    }
    String overhead = env.getOrDefault(ImporterEnv.FILESYSTEM_OVERHEAD, "").trim();
    BigDecimal filesystemOverhead;
    try {
      filesystemOverhead = overhead.isEmpty() ? BigDecimal.ZERO : new BigDecimal(overhead);
    } catch (NumberFormatException e) {
      throw new ImportFailure("invalid filesystem overhead " + overhead, e);
    }
    return new ImporterSettings(
        env.getOrDefault(ImporterEnv.SOURCE, ImportSources.HTTP),
        env.getOrDefault(ImporterEnv.ENDPOINT, ""),
        nonEmpty(env.get(ImporterEnv.CONTENT_TYPE), ImportSources.CONTENT_KUBEVIRT),
        ImportSizes.bytes(env.get(ImporterEnv.IMAGE_SIZE)),
        env.getOrDefault(ImporterEnv.OWNER_UID, ""),
        filesystemOverhead,
        "true".equalsIgnoreCase(env.get(ImporterEnv.INSECURE_TLS)),
        "true".equalsIgnoreCase(env.get(ImporterEnv.PREALLOCATION)),
        ImporterEnv.CACHE_MODE_TRY_NONE.equals(env.get(ImporterEnv.CACHE_MODE)),
        env.getOrDefault(ImporterEnv.ACCESS_KEY_ID, ""),
        env.getOrDefault(ImporterEnv.SECRET_KEY, ""),
        env.getOrDefault(ImporterEnv.CERT_DIR, ""),
        List.copyOf(headers),
        env.getOrDefault(ImporterEnv.REGISTRY_IMAGE_ARCHITECTURE, ""));
  }

  /** The kind of import these settings ask for. */
  public ImportKind kind() {
    return ImportKind.of(source, contentType);
  }

  /** How the image is written to the target. */
  public TargetOptions targetOptions() {
    return new TargetOptions(imageSize, filesystemOverhead, preallocation, cacheModeTryNone);
  }

  private static String nonEmpty(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
