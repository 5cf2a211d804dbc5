package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.installer.cli.Installer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code hack/installer render} writes for a GitOps test's repository, as files to push. */
final class Renderings {
  /** The {@code --format} of the VM workloads, and the folder they go to in the repository. */
  static final String WORKLOADS = "workloads";

  private Renderings() {}

  /**
   * Renders {@code format} of {@code profile} (emulation on) for the repository at {@code url} into
   * a new folder under {@code work}; returns path (relative to the checkout) to content. The
   * workloads go under {@code workloads/}.
   */
  static Map<String, String> render(
      Path work, String url, String profile, String format, String... options) {
    Path out = work.resolve("render-" + format + "-" + System.nanoTime());
    List<String> args =
        new ArrayList<>(
            List.of(
                "render",
                "--format",
                format,
                "--profile",
                profile,
                "--emulation",
                "--repo-url",
                url,
                "--out",
                out.toString()));
    args.addAll(List.of(options));
    StringWriter output = new StringWriter();
    int code =
        Installer.run(
            args.toArray(String[]::new), new PrintWriter(output), new PrintWriter(output));
    assertThat(code).as(output.toString()).isZero();
    String prefix = format.equals(WORKLOADS) ? WORKLOADS + "/" : "";
    Map<String, String> files = new LinkedHashMap<>();
    try (var paths = Files.walk(out)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(prefix + out.relativize(path), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
