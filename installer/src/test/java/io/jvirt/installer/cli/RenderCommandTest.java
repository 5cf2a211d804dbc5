package io.jvirt.installer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render}: files written, settings honoured, bad options refused in one line. */
class RenderCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void rendersTheYamlBundleWithTheGivenSettings(@TempDir Path dir) throws Exception {
    int code =
        run(
            "render",
            "--profile",
            "basic+cdi",
            "--out",
            dir.toString(),
            "--registry",
            "registry.example/jvirt",
            "--tag",
            "9.9.9",
            "--emulation");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("rendered basic+cdi as yaml: 5 files");
    String bundle = Files.readString(dir.resolve("bundle.yaml"));
    assertThat(bundle)
        .contains("image: registry.example/jvirt/jvirt-operator:9.9.9")
        .contains("useEmulation: true");
    assertThat(dir.resolve("04-cdi-cr.yaml")).exists();
  }

  @Test
  void unknownProfilesAndFormatsAreRefused(@TempDir Path dir) {
    assertThat(run("render", "--profile", "full", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'full': use basic or basic+cdi");
    assertThat(run("render", "--format", "helm", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--format helm is not available yet");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isZero();
    assertThat(run("render", "--help")).isZero();
    assertThat(out.toString()).contains("--profile").contains("--out");
  }

  private int run(String... args) {
    return Installer.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }
}
