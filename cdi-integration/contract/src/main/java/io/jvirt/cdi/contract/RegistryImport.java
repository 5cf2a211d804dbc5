package io.jvirt.cdi.contract;

/**
 * A registry import in the importer pod: the crane binary the cdi-importer image carries, the
 * directory a containerDisk keeps its disk in, and the environment crane reads.
 */
public final class RegistryImport {
  /** The registry client in the cdi-importer image (go-containerregistry's crane, static). */
  public static final String CRANE_BINARY = "/usr/bin/crane";

  /** The scheme of {@code spec.source.registry.url} the importer pulls. */
  public static final String DOCKER_SCHEME = "docker://";

  /** The directory of the image's file system holding the one disk file (upstream: /disk). */
  public static final String DISK_DIR = "disk";

  /** crane's (Docker's) credential directory: {@code config.json} in it. */
  public static final String DOCKER_CONFIG_ENV = "DOCKER_CONFIG";

  /** Go's CA directories, colon-separated: the endpoint's CA ConfigMap for crane. */
  public static final String SSL_CERT_DIR_ENV = "SSL_CERT_DIR";

  private RegistryImport() {}
}
