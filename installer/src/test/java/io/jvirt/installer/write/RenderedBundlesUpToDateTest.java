package io.jvirt.installer.write;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committed plain YAML bundles under {@code addons/yaml/} are what the model renders. */
class RenderedBundlesUpToDateTest {

  @ParameterizedTest
  @EnumSource(Profile.class)
  void committedBundleMatchesTheModel(Profile profile) {
    GoldenFiles.verify(
        Path.of("..", "addons", "yaml", profile.slug()),
        YamlBundleWriter.files(profile, InstallSettings.defaults()));
  }
}
