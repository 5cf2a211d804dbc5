package io.jvirt.installer.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host's shared libraries a Java runtime needs (glibc, libz, the dynamic loader...), found with
 * {@code ldd}, so an image needs no distribution underneath the runtime.
 */
final class NativeLibraries {
  private static final Pattern PATH = Pattern.compile("(/\\S+\\.so[.\\d]*)");

  private NativeLibraries() {}

  /** Absolute paths of the libraries every executable and library under {@code home} loads. */
  static SortedSet<Path> of(Path home) {
    SortedSet<Path> libraries = new TreeSet<>();
    for (Path binary : binaries(home)) {
      Matcher m = PATH.matcher(ldd(binary));
      while (m.find()) {
        Path library = Path.of(m.group(1));
        if (!library.startsWith(home)) {
          libraries.add(library);
        }
      }
    }
    return libraries;
  }

  private static List<Path> binaries(Path home) {
    List<Path> binaries = new ArrayList<>();
    binaries.add(home.resolve("bin/java"));
    try (Stream<Path> files = Files.walk(home.resolve("lib"))) {
      files.filter(p -> p.getFileName().toString().endsWith(".so")).forEach(binaries::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return binaries;
  }

  private static String ldd(Path binary) {
    try {
      Process process =
          new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run ldd (needed to build images)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
