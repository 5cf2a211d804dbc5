package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.ImportSources;

/** What one importer run does, from its source and content type. */
public enum ImportKind {
  /** An http(s) disk image: staged in scratch, then converted to raw. */
  HTTP_KUBEVIRT,
  /** An http(s) tar archive unpacked into the volume. */
  HTTP_ARCHIVE,
  /** A containerDisk image in a registry: its one file under /disk, staged, then converted. */
  REGISTRY_KUBEVIRT,
  /** A blank disk of the requested size. */
  BLANK;

  /** The kind for an importer env, or an exception naming what is not supported yet. */
  public static ImportKind of(String source, String contentType) {
    boolean archive = ImportSources.CONTENT_ARCHIVE.equals(contentType);
    if (ImportSources.NONE.equals(source)) {
      if (archive) {
        throw new ImportFailure("Cannot create empty disk with content type archive");
      }
      return BLANK;
    }
    if (ImportSources.HTTP.equals(source)) {
      return archive ? HTTP_ARCHIVE : HTTP_KUBEVIRT;
    }
    if (ImportSources.REGISTRY.equals(source)) {
      if (archive) {
        throw new ImportFailure("Unsupported content type archive for registry source");
      }
      return REGISTRY_KUBEVIRT;
    }
    throw new ImportFailure("import source " + source + " is not supported by this importer yet");
  }
}
