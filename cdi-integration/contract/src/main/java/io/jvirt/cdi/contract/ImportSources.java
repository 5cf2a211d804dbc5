package io.jvirt.cdi.contract;

/** Values of {@link CdiAnnotations#SOURCE}: which reader the importer uses. */
public final class ImportSources {
  public static final String HTTP = "http";
  public static final String S3 = "s3";
  public static final String GCS = "gcs";
  public static final String REGISTRY = "registry";
  public static final String IMAGEIO = "imageio";
  public static final String VDDK = "vddk";
  public static final String GLANCE = "glance";

  /** A blank disk: nothing to read. */
  public static final String NONE = "none";

  /** Registry pull methods ({@link CdiAnnotations#REGISTRY_IMPORT_METHOD}). */
  public static final String PULL_POD = "pod";

  public static final String PULL_NODE = "node";

  /** Content types ({@link CdiAnnotations#CONTENT_TYPE}). */
  public static final String CONTENT_KUBEVIRT = "kubevirt";

  public static final String CONTENT_ARCHIVE = "archive";

  private ImportSources() {}
}
