package io.jvirt.handler.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Paths inside the launcher's file system seen from the host through {@code /proc/<pid>/root}.
 * Symbolic links are followed inside that root: an absolute link such as Debian's {@code /var/run
 * -> /run} would otherwise lead to the host's file.
 */
final class PodFiles {
  private static final int MAX_LINKS = 40;
  private final Path root;

  PodFiles(Path root) {
    this.root = root;
  }

  /** The host path of {@code absolute} (a path in the pod), links resolved within the root. */
  Path resolve(String absolute) {
    Deque<String> pending = new ArrayDeque<>(components(absolute));
    Deque<String> resolved = new ArrayDeque<>();
    int links = 0;
    while (!pending.isEmpty()) {
      String part = pending.pollFirst();
      if (part.equals("..")) {
        resolved.pollLast();
        continue;
      }
      Path candidate = join(resolved).resolve(part);
      if (Files.isSymbolicLink(candidate)) {
        if (++links > MAX_LINKS) {
          throw new IllegalStateException("too many symbolic links in " + absolute);
        }
        String target = readLink(candidate);
        if (target.startsWith("/")) {
          resolved.clear();
        }
        var parts = components(target);
        for (int i = parts.size() - 1; i >= 0; i--) {
          pending.addFirst(parts.get(i));
        }
        continue;
      }
      resolved.addLast(part);
    }
    return join(resolved);
  }

  private Path join(Deque<String> parts) {
    Path path = root;
    for (String part : parts) {
      path = path.resolve(part);
    }
    return path;
  }

  private static List<String> components(String path) {
    return Arrays.stream(path.split("/")).filter(p -> !p.isEmpty() && !p.equals(".")).toList();
  }

  private static String readLink(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
