package io.jvirt.installer.write.helm;

import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed charts under {@code addons/helm/} are what the model renders. */
class HelmChartsUpToDateTest {

  @Test
  void committedChartsMatchTheModel() {
    // basic+cdi holds every unit; the kubevirt charts are the same in profile basic
    GoldenFiles.verify(
        Path.of("..", "addons", "helm"),
        HelmChartWriter.files(Profile.BASIC_CDI, InstallSettings.defaults()));
  }
}
