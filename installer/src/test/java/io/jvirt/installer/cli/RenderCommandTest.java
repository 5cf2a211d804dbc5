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
    assertThat(run("render", "--format", "kustomize", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains("--format kustomize is unknown: use one of yaml, helm, rafay, argocd, flux,");
  }

  @Test
  void everyFormatRendersItsEntryFiles(@TempDir Path dir) {
    String[][] expected = {
      {"helm", "kubevirt-operator/Chart.yaml"},
      {"rafay", "blueprints/kubevirt-basic.blueprint.yaml"},
      {"argocd", "argocd/applicationset.yaml"},
      {"flux", "flux/clusters/edge-1/jvirt.yaml"},
      {"workloads", "manifests/01-namespace-vms.yaml"}
    };
    for (String[] format : expected) {
      Path target = dir.resolve(format[0]);
      assertThat(
              run(
                  "render",
                  "--format",
                  format[0],
                  "--cluster",
                  "edge-1",
                  "--out",
                  target.toString()))
          .as(format[0] + ": " + err)
          .isZero();
      assertThat(target.resolve(format[1])).exists();
    }
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isZero();
    for (String command : new String[] {"render", "install", "status", "uninstall", "images"}) {
      assertThat(run(command, "--help")).as(command).isZero();
    }
    assertThat(out.toString())
        .contains("--profile")
        .contains("--out")
        .contains("--all-contexts")
        .contains("--delete-vms")
        .contains("--libs");
  }

  private int run(String... args) {
    return Installer.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }
}
