package io.jvirt.controller.vmi.render;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.kubevirt.DeveloperConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtConfiguration;
import io.jvirt.api.v1.kubevirt.KubeVirtSpec;
import io.jvirt.common.golden.GoldenFiles;
import io.jvirt.common.model.ManifestYaml;
import io.jvirt.controller.config.model.ClusterConfig;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Rendered launcher pods equal the committed, reviewed YAML under golden/launcher. */
class LauncherPodGoldenTest {
  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/launcher");

  @Test
  void launcherPodsMatchCommittedYaml() {
    ClusterConfig emulation =
        ClusterConfig.from(
            new KubeVirtSpec()
                .setConfiguration(
                    new KubeVirtConfiguration()
                        .setDeveloperConfiguration(
                            new DeveloperConfiguration().setUseEmulation(true))),
            LauncherFixtures.LAUNCHER_IMAGE);
    SortedMap<String, String> files = new TreeMap<>();
    put(files, "cirros.yaml", LauncherFixtures.cirros(), LauncherFixtures.CONFIG);
    put(files, "cirros-emulation.yaml", LauncherFixtures.cirros(), emulation);
    put(files, "pvc-datavolume-nonroot.yaml", LauncherFixtures.storage(), LauncherFixtures.CONFIG);
    put(files, "kernel-boot.yaml", LauncherFixtures.kernelBoot(), LauncherFixtures.CONFIG);
    put(files, "scheduling.yaml", LauncherFixtures.scheduling(), LauncherFixtures.CONFIG);
    put(files, "long-name.yaml", LauncherFixtures.longName(), LauncherFixtures.CONFIG);
    put(
        files,
        "access-credentials.yaml",
        LauncherFixtures.accessCredentials(),
        LauncherFixtures.CONFIG);
    GoldenFiles.verify(GOLDEN, files);
  }

  private static void put(
      SortedMap<String, String> files,
      String name,
      VirtualMachineInstance vmi,
      ClusterConfig config) {
    files.put(name, ManifestYaml.write(LauncherPodRenderer.render(vmi, config)));
  }
}
