package io.jvirt.installer.write.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.installer.model.GitRepo;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.write.argocd.ArgoCdWriter;
import io.jvirt.installer.write.flux.FluxWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committed Argo CD and Flux renderings under {@code addons/gitops/} match the model. */
class CommittedGitOpsFilesUpToDateTest {

  /** What is committed for {@code profile}: the Argo CD and Flux files, sharing {@code units/}. */
  static SortedMap<String, String> committed(Profile profile) {
    GitRepo repo = GitRepo.example("addons/gitops/" + profile.slug());
    InstallSettings settings = InstallSettings.defaults();
    SortedMap<String, String> argo = ArgoCdWriter.files(profile, settings, repo);
    SortedMap<String, String> flux = FluxWriter.files(profile, settings, repo, List.of());
    SortedMap<String, String> all = new TreeMap<>(argo);
    all.putAll(flux);
    return all;
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void committedFilesMatchTheModel(Profile profile) {
    GoldenFiles.verify(Path.of("..", "addons", "gitops", profile.slug()), committed(profile));
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void argoCdAndFluxShareTheSameUnits(Profile profile) {
    GitRepo repo = GitRepo.example("x");
    InstallSettings settings = InstallSettings.defaults();
    SortedMap<String, String> argo = ArgoCdWriter.files(profile, settings, repo);
    SortedMap<String, String> flux = FluxWriter.files(profile, settings, repo, List.of("a", "b"));
    SortedMap<String, String> argoUnits = argo.subMap("units/", "units0");
    assertThat(argoUnits).isNotEmpty().isEqualTo(flux.subMap("units/", "units0"));
  }
}
