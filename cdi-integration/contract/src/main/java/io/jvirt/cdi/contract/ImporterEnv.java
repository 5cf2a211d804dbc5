package io.jvirt.cdi.contract;

/** Environment variables of the importer container, as the controller sets them (makeImportEnv). */
public final class ImporterEnv {
  /** One of {@link ImportSources}. */
  public static final String SOURCE = "IMPORTER_SOURCE";

  public static final String ENDPOINT = "IMPORTER_ENDPOINT";

  /** {@code kubevirt} or {@code archive}. */
  public static final String CONTENT_TYPE = "IMPORTER_CONTENTTYPE";

  /** The PVC's requested storage quantity, for example {@code 1138166334} or {@code 500Mi}. */
  public static final String IMAGE_SIZE = "IMPORTER_IMAGE_SIZE";

  /** UID labelling the progress metric: the PVC's single owner, else the PVC. */
  public static final String OWNER_UID = "OWNER_UID";

  /** For example {@code 0.06}; {@code 0} for Block. */
  public static final String FILESYSTEM_OVERHEAD = "FILESYSTEM_OVERHEAD";

  /** {@code "true"} to skip TLS verification. */
  public static final String INSECURE_TLS = "INSECURE_TLS";

  public static final String DISK_ID = "IMPORTER_DISK_ID";
  public static final String UUID = "IMPORTER_UUID";
  public static final String BACKING_FILE = "IMPORTER_BACKING_FILE";
  public static final String THUMBPRINT = "IMPORTER_THUMBPRINT";
  public static final String PULL_METHOD = "IMPORTER_PULL_METHOD";
  public static final String READY_FILE = "IMPORTER_READY_FILE";
  public static final String DONE_FILE = "IMPORTER_DONE_FILE";
  public static final String HTTP_PROXY = "http_proxy";
  public static final String HTTPS_PROXY = "https_proxy";
  public static final String NO_PROXY = "no_proxy";
  public static final String CURRENT_CHECKPOINT = "IMPORTER_CURRENT_CHECKPOINT";
  public static final String PREVIOUS_CHECKPOINT = "IMPORTER_PREVIOUS_CHECKPOINT";
  public static final String FINAL_CHECKPOINT = "IMPORTER_FINAL_CHECKPOINT";

  /** {@code true} or {@code false}. */
  public static final String PREALLOCATION = "PREALLOCATION";

  /** Empty, or {@link #CACHE_MODE_TRY_NONE} after an OOM kill. */
  public static final String CACHE_MODE = "CACHE_MODE";

  public static final String CACHE_MODE_TRY_NONE = "TRYNONE";

  public static final String REGISTRY_IMAGE_ARCHITECTURE = "IMPORTER_REGISTRY_IMAGE_ARCHITECTURE";

  /** {@code algorithm:hex} of the downloaded bytes. */
  public static final String CHECKSUM = "IMPORTER_CHECKSUM";

  /** From the endpoint Secret's {@link #SECRET_ACCESS_KEY_ID} and {@link #SECRET_SECRET_KEY}. */
  public static final String ACCESS_KEY_ID = "IMPORTER_ACCESS_KEY_ID";

  public static final String SECRET_KEY = "IMPORTER_SECRET_KEY";

  /** Keys of the endpoint Secret. */
  public static final String SECRET_ACCESS_KEY_ID = "accessKeyId";

  public static final String SECRET_SECRET_KEY = "secretKey";

  public static final String GOOGLE_APPLICATION_CREDENTIALS = "GOOGLE_APPLICATION_CREDENTIALS";
  public static final String CERT_DIR = "IMPORTER_CERT_DIR";
  public static final String PROXY_CERT_DIR = "IMPORTER_PROXY_CERT_DIR";

  /** Prefix of numbered header variables: {@code IMPORTER_EXTRA_HEADER_<i>}. */
  public static final String EXTRA_HEADER_PREFIX = "IMPORTER_EXTRA_HEADER_";

  private ImporterEnv() {}

  /** The {@code i}-th extra header variable. */
  public static String extraHeader(int index) {
    return EXTRA_HEADER_PREFIX + index;
  }
}
