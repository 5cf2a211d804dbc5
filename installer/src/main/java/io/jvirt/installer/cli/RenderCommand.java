package io.jvirt.installer.cli;

import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.YamlBundleWriter;
import io.jvirt.installer.write.argocd.ArgoCdWriter;
import io.jvirt.installer.write.flux.FluxWriter;
import io.jvirt.installer.write.helm.HelmChartWriter;
import io.jvirt.installer.write.rafay.RafayWriter;
import io.jvirt.installer.write.workloads.WorkloadsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code render}: writes one profile in one deploy format into a directory. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render jvirt for a profile and a deploy format into a directory.")
final class RenderCommand implements Callable<Integer> {
  /** The formats, as users type them. */
  static final List<String> FORMATS =
      List.of("yaml", "helm", "rafay", "argocd", "flux", "workloads");

  @Spec private CommandSpec spec;

  @Mixin private SettingsOptions settings;

  @Option(
      names = "--format",
      defaultValue = "yaml",
      description =
          "yaml, helm, rafay, argocd, flux, or workloads (example VMs for Rafay, Argo CD and Flux)"
              + " (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", required = true, description = "Directory to write into.")
  private Path out;

  @Option(
      names = "--repo-url",
      defaultValue = GitRepo.EXAMPLE_URL,
      description = "Git repository Argo CD/Flux read the output from (default: ${DEFAULT-VALUE}).")
  private String repoUrl;

  @Option(
      names = "--revision",
      defaultValue = GitRepo.DEFAULT_REVISION,
      description = "Branch or tag of that repository (default: ${DEFAULT-VALUE}).")
  private String revision;

  @Option(
      names = "--repo-path",
      defaultValue = "",
      description = "Folder of the repository the output is committed to (default: its root).")
  private String repoPath;

  @Option(
      names = "--project",
      defaultValue = "defaultproject",
      description = "Rafay project of the specs (default: ${DEFAULT-VALUE}).")
  private String project;

  @Option(
      names = "--cluster",
      description = "A cluster for Flux's per-cluster folders (repeatable; default: default).")
  private List<String> clusters = new ArrayList<>();

  @Override
  public Integer call() {
    Profile chosen = settings.profile(spec);
    Map<String, String> files = files(chosen, settings.settings());
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(out.resolve(file.getKey()), file.getValue());
    }
    spec.commandLine()
        .getOut()
        .println(
            "rendered " + chosen.id() + " as " + format + ": " + files.size() + " files in " + out);
    return 0;
  }

  private Map<String, String> files(Profile profile, InstallSettings chosen) {
    GitRepo repo = new GitRepo(repoUrl, revision, repoPath);
    return switch (format) {
      case "yaml" -> YamlBundleWriter.files(profile, chosen);
      case "helm" -> HelmChartWriter.files(profile, chosen);
      case "rafay" -> RafayWriter.files(profile, chosen, project);
      case "argocd" -> ArgoCdWriter.files(profile, chosen, repo);
      case "flux" -> FluxWriter.files(profile, chosen, repo, clusters);
      case "workloads" -> WorkloadsWriter.files(repo, project);
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "--format " + format + " is unknown: use one of " + String.join(", ", FORMATS));
    };
  }

  private static void write(Path path, String content) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}
