package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.RegistryImport;

/**
 * A registry endpoint ({@code docker://HOST[:PORT]/REPO[:TAG|@DIGEST]}) as crane takes it, and the
 * registry host its credentials are filed under.
 *
 * @param image the reference without its scheme
 * @param registry the host (and port) crane's keychain looks up; Docker Hub's config key for
 *     references without one
 */
public record RegistryReference(String image, String registry) {
  /**
   * The key Docker files Docker Hub's credentials under (go-containerregistry's DefaultAuthKey).
   */
  public static final String DOCKER_HUB_KEY = "https://index.docker.io/v1/";

  /** Parses {@code endpoint}; anything but {@code docker://} with a name is refused. */
  public static RegistryReference parse(String endpoint) {
    if (!endpoint.startsWith(RegistryImport.DOCKER_SCHEME)) {
      throw new ImportFailure(
          "Unsupported registry source URL " + endpoint + ": only docker:// is supported");
    }
    String image = endpoint.substring(RegistryImport.DOCKER_SCHEME.length());
    if (image.isEmpty() || image.startsWith("/")) {
      throw new ImportFailure("Invalid registry source URL " + endpoint + ": no image name");
    }
    int slash = image.indexOf('/');
    String first = slash < 0 ? "" : image.substring(0, slash);
    // the Docker rule: a first component naming a host has a dot or a port, or is localhost
    boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
    String registry = host ? first : DOCKER_HUB_KEY;
    if (registry.equals("docker.io") || registry.equals("index.docker.io")) {
      registry = DOCKER_HUB_KEY;
    }
    return new RegistryReference(image, registry);
  }
}
