package io.jvirt.cdi.contract;

import java.util.List;

/**
 * The per-PVC upload pod and its Service as cdi-controller renders them and the upload server and
 * upload proxy find them: names, port, paths and environment.
 */
public final class UploadServer {
  /** Pod and Service are both named {@code cdi-upload-<pvc>}. */
  public static final String NAME_PREFIX = "cdi-upload-";

  /** The one container of the upload pod. */
  public static final String CONTAINER = "cdi-upload-server";

  /** The {@code cdi.kubevirt.io} label value of upload pods. */
  public static final String LABEL = "cdi-upload-server";

  /** Pod label selecting the upload pod from its Service; value {@code cdi-upload-<pvc>}. */
  public static final String SERVICE_LABEL = "service";

  /** Arguments that make the importer image run the upload server instead of an import. */
  public static final List<String> ARGS = List.of("upload-server");

  /** The port the upload server listens on (plain HTTP inside the cluster, see docs/cdi.md). */
  public static final int PORT = 8443;

  /** The port of the {@code cdi-upload-<pvc>} Service. */
  public static final int SERVICE_PORT = 443;

  /** Readiness: 200 while the server accepts an upload. */
  public static final String HEALTH_PATH = "/healthz";

  /** Upload, answered once the image is written and converted. */
  public static final String PATH_SYNC = "/v1beta1/upload";

  /** Upload, answered once the bytes are received; processing goes on after. */
  public static final String PATH_ASYNC = "/v1beta1/upload-async";

  /** Older aliases upstream still serves. */
  public static final String PATH_SYNC_ALPHA = "/v1alpha1/upload";

  public static final String PATH_ASYNC_ALPHA = "/v1alpha1/upload-async";

  /** Every upload path the server and the proxy accept. */
  public static final List<String> PATHS =
      List.of(PATH_SYNC, PATH_ASYNC, PATH_SYNC_ALPHA, PATH_ASYNC_ALPHA);

  /** Environment: the PVC's requested size, for example {@code 1Gi}. */
  public static final String ENV_IMAGE_SIZE = "UPLOAD_IMAGE_SIZE";

  /** Environment: the filesystem overhead fraction, for example {@code 0.055}; 0 for Block. */
  public static final String ENV_FILESYSTEM_OVERHEAD = "FILESYSTEM_OVERHEAD";

  /** Environment: {@code true} to preallocate the disk image. */
  public static final String ENV_PREALLOCATION = "PREALLOCATION";

  /** Environment: the UID that labels the progress metric (the DataVolume's, else the PVC's). */
  public static final String ENV_OWNER_UID = "OWNER_UID";

  private UploadServer() {}

  /** The pod and Service name of the upload server of {@code pvc}. */
  public static String name(String pvc) {
    return NAME_PREFIX + pvc;
  }
}
