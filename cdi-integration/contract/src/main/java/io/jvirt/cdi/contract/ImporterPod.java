package io.jvirt.cdi.contract;

/**
 * The importer pod as the controller renders it and the importer program finds it: names, mount
 * paths, port and user.
 */
public final class ImporterPod {
  /** Pod names are {@code importer-<pvc>}. */
  public static final String NAME_PREFIX = "importer";

  /** The one container. */
  public static final String CONTAINER = "importer";

  /** Volume names. */
  public static final String DATA_VOLUME = "cdi-data-vol";

  public static final String SCRATCH_VOLUME = "cdi-scratch-vol";
  public static final String CERT_VOLUME = "cdi-cert-vol";
  public static final String PROXY_CERT_VOLUME = "cdi-proxy-cert-vol";
  public static final String SECRET_VOLUME = "cdi-secret-vol";
  public static final String SECRET_EXTRA_HEADERS_VOLUME_PREFIX = "cdi-secret-extra-headers-vol-";

  /** Where a Filesystem target is mounted. */
  public static final String DATA_DIR = "/data";

  /** The disk image inside a Filesystem target (kubevirt content). */
  public static final String DISK_IMAGE = DATA_DIR + "/disk.img";

  /** Where a Block target appears; its presence tells the importer the volume mode. */
  public static final String BLOCK_DEVICE = "/dev/cdi-block-volume";

  /** Where the scratch PVC is mounted. */
  public static final String SCRATCH_DIR = "/scratch";

  /** Where the CA ConfigMap of the endpoint is mounted. */
  public static final String CERT_DIR = "/certs";

  public static final String PROXY_CERT_DIR = "/proxycerts/";
  public static final String GOOGLE_DIR = "/google";
  public static final String GOOGLE_CREDENTIALS = GOOGLE_DIR + "/credentials.json";

  /** Prefix of the directories secret extra headers are mounted at: {@code /extraheaders/<i>}. */
  public static final String EXTRA_HEADERS_DIR = "/extraheaders";

  /** The HTTPS metrics port and its name. */
  public static final int METRICS_PORT = 8443;

  public static final String METRICS_PORT_NAME = "metrics";

  /** The progress counter, labelled {@code ownerUID}. */
  public static final String PROGRESS_METRIC = "kubevirt_cdi_import_progress_total";

  /** The unprivileged user (and fsGroup) of every CDI worker pod. */
  public static final long USER = 107L;

  /** Upstream's termination message limit, in bytes. */
  public static final int TERMINATION_MESSAGE_LIMIT = 4096;

  /** Suffix of the scratch PVC's name: {@code <pvc>-scratch}. */
  public static final String SCRATCH_SUFFIX = "scratch";

  private ImporterPod() {}

  /** The volume name of the {@code i}-th secret extra header. */
  public static String secretExtraHeadersVolume(int index) {
    return SECRET_EXTRA_HEADERS_VOLUME_PREFIX + index;
  }

  /** The directory the {@code i}-th secret extra header is mounted at. */
  public static String extraHeadersDir(int index) {
    return EXTRA_HEADERS_DIR + "/" + index;
  }
}
