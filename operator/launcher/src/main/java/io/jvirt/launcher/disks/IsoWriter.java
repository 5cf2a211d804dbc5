package io.jvirt.launcher.disks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes an ISO 9660 image (Joliet and Rock Ridge) from files, with xorrisofs, as upstream. */
public final class IsoWriter {
  private final String binary;

  /** Uses {@code binary} (xorrisofs in the launcher image). */
  public IsoWriter(String binary) {
    this.binary = binary;
  }

  /** Writes {@code files} (relative path → content) to {@code iso} with volume {@code label}. */
  public void write(Path iso, String label, Map<String, byte[]> files) {
    Path staging = iso.resolveSibling(iso.getFileName() + ".d");
    try {
      deleteRecursively(staging);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = staging.resolve(file.getKey()).normalize();
        if (!target.startsWith(staging)) {
          throw new IllegalArgumentException("file outside the ISO: " + file.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      Files.deleteIfExists(iso);
      Commands.run(
          List.of(
              binary,
              "-output",
              iso.toString(),
              "-volid",
              label,
              "-joliet",
              "-rock",
              "-quiet",
              staging.toString()));
      deleteRecursively(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ISO " + iso, e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
