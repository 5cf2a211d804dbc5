package io.jvirt.installer.cli;

import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Names;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.YamlBundleWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code render}: writes one profile in one deploy format into a directory. */
@Command(
    name = "render",
    description = "Render jvirt for a profile and a deploy format into a directory.")
final class RenderCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  @Option(
      names = "--profile",
      defaultValue = "basic",
      description = "basic or basic+cdi (default: ${DEFAULT-VALUE}).")
  private String profile;

  @Option(
      names = "--format",
      defaultValue = "yaml",
      description = "yaml (helm, rafay, argocd and flux are coming) (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", required = true, description = "Directory to write into.")
  private Path out;

  @Option(
      names = "--registry",
      defaultValue = Images.LOCAL_REGISTRY,
      description = "Registry prefix of jvirt's images (default: ${DEFAULT-VALUE}).")
  private String registry;

  @Option(
      names = "--tag",
      defaultValue = Images.DEFAULT_TAG,
      description = "Tag of jvirt's images (default: ${DEFAULT-VALUE}).")
  private String tag;

  @Option(
      names = "--namespace",
      defaultValue = Names.NAMESPACE,
      description = "Install namespace (default: ${DEFAULT-VALUE}).")
  private String namespace;

  @Option(names = "--emulation", description = "Run guests in software emulation (no KVM).")
  private boolean emulation;

  @Option(names = "--feature-gate", description = "A KubeVirt feature gate to enable (repeatable).")
  private List<String> featureGates = new ArrayList<>();

  @Override
  public Integer call() {
    Profile chosen;
    try {
      chosen = Profile.of(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
    if (!"yaml".equals(format)) {
      throw new ParameterException(
          spec.commandLine(),
          "--format " + format + " is not available yet: this installer renders yaml so far");
    }
    InstallSettings settings =
        new InstallSettings(namespace, registry, tag, emulation, featureGates);
    Map<String, String> files = YamlBundleWriter.files(chosen, settings);
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(out.resolve(file.getKey()), file.getValue());
    }
    spec.commandLine()
        .getOut()
        .println(
            "rendered " + chosen.id() + " as " + format + ": " + files.size() + " files in " + out);
    return 0;
  }

  private static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
