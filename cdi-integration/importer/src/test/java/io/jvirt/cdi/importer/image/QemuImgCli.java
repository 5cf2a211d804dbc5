package io.jvirt.cdi.importer.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the real qemu-img, which these tests need and never skip without. */
public final class QemuImgCli {
  private QemuImgCli() {}

  /** Fails with a clear message when qemu-img is not installed. */
  public static ProcessQemuImg require() {
    boolean found =
        List.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":")).stream()
            .anyMatch(dir -> Path.of(dir, "qemu-img").toFile().canExecute());
    assertThat(found)
        .as("qemu-img is required by the importer's tests: apt-get install qemu-utils")
        .isTrue();
    return new ProcessQemuImg("qemu-img");
  }

  /** Runs {@code qemu-img args...} and returns its stdout, failing on a non-zero exit. */
  public static String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("qemu-img"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("qemu-img %s: %s", command, out).isZero();
    return out;
  }
}
