package io.jvirt.launcher.disks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads SSH public keys out of mounted secret directories as upstream's cloud-init does: every key
 * file of every directory, by file name within a directory, is one key, its content as written
 * (several lines stay one entry); empty files are skipped; the keys are numbered "0", "1"... across
 * all directories.
 */
final class PublicKeyFiles {
  private PublicKeyFiles() {}

  static Map<String, String> read(List<Path> directories) throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Path directory : directories) {
      for (Path file : keyFiles(directory)) {
        String key;
        try {
          key = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new IOException("cannot read the public key " + file + ": " + e.getMessage(), e);
        }
        if (!key.isEmpty()) {
          keys.put(Integer.toString(keys.size()), key);
        }
      }
    }
    return keys;
  }

  /** Kubernetes keeps a secret's real files in ..-prefixed directories and links them up here. */
  private static List<Path> keyFiles(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry :
          entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        boolean hidden = entry.getFileName().toString().startsWith("..");
        if (!hidden && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          files.add(entry);
        }
      }
    } catch (NoSuchFileException e) {
      throw new IOException("no public key secret is mounted at " + directory, e);
    }
    return files;
  }
}
