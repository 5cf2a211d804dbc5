package io.jvirt.cdi.importer.decide;

import io.jvirt.cdi.contract.RegistryImport;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the disk among a container image's files, entry by entry as the tar streams by: the one
 * regular file directly in {@code /disk} (upstream's containerDisk rule); none, several, or a
 * non-file there fail.
 */
public final class DiskSelection {
  /** What a tar entry is to the import. */
  public enum Verdict {
    /** Not under /disk, or /disk itself. */
    SKIP,
    /** The disk: stage its bytes. */
    DISK
  }

  private final Set<String> seen = new LinkedHashSet<>();

  /**
   * The verdict on the entry {@code name}; fails on a second entry in /disk or a non-file there.
   *
   * @param regularFile whether the entry is a regular file
   */
  public Verdict accept(String name, boolean regularFile) {
    String path = normalize(name);
    String prefix = RegistryImport.DISK_DIR + "/";
    if (!path.startsWith(prefix)) {
      return Verdict.SKIP;
    }
    String rest = path.substring(prefix.length());
    int slash = rest.indexOf('/');
    String child = slash < 0 ? rest : rest.substring(0, slash);
    if (child.isEmpty() || (slash >= 0 && seen.contains(child))) {
      return Verdict.SKIP;
    }
    seen.add(child);
    if (seen.size() > 1) {
      throw new ImportFailure(
          "image directory /"
              + RegistryImport.DISK_DIR
              + " contains more than one file: "
              + String.join(", ", seen));
    }
    if (slash >= 0 || !regularFile) {
      throw new ImportFailure(
          "/" + RegistryImport.DISK_DIR + "/" + child + " of the image is not a regular file");
    }
    return Verdict.DISK;
  }

  /** Fails unless a disk was found. */
  public void requireDisk() {
    if (seen.isEmpty()) {
      throw new ImportFailure(
          "image has no disk file in /"
              + RegistryImport.DISK_DIR
              + " (a containerDisk image"
              + " keeps one qcow2 or raw file there)");
    }
  }

  /** {@code ./disk/x} and {@code /disk/x} are {@code disk/x}. */
  static String normalize(String name) {
    String path = name;
    while (path.startsWith("./") || path.startsWith("/")) {
      path = path.substring(path.startsWith("./") ? 2 : 1);
    }
    return path;
  }
}
