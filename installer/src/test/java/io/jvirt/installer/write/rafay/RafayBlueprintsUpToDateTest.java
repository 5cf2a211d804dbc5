package io.jvirt.installer.write.rafay;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The committed Rafay renderings under {@code blueprints/} are what the model renders. */
class RafayBlueprintsUpToDateTest {

  @ParameterizedTest
  @EnumSource(Profile.class)
  void committedRenderingMatchesTheModel(Profile profile) {
    GoldenFiles.verify(
        Path.of("..", "blueprints", profile.slug()),
        RafayWriter.files(profile, InstallSettings.defaults(), "defaultproject"));
  }
}
