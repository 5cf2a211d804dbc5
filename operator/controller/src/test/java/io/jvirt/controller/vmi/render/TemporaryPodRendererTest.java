package io.jvirt.controller.vmi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import org.junit.jupiter.api.Test;

/** The WaitForFirstConsumer helper pod keeps the launcher's identity and claims, nothing else. */
class TemporaryPodRendererTest {
  @Test
  void bindsTheClaimsAndExits() {
    Pod launcher = LauncherPodRenderer.render(LauncherFixtures.storage(), LauncherFixtures.CONFIG);
    Pod helper = TemporaryPodRenderer.render(LauncherFixtures.storage(), LauncherFixtures.CONFIG);

    assertThat(helper.getMetadata().getAnnotations())
        .containsEntry("kubevirt.io/ephemeral-provisioning", "true");
    assertThat(helper.getMetadata().getGenerateName())
        .isEqualTo(launcher.getMetadata().getGenerateName());
    assertThat(helper.getMetadata().getOwnerReferences())
        .isEqualTo(launcher.getMetadata().getOwnerReferences());
    assertThat(helper.getMetadata().getLabels()).isEqualTo(launcher.getMetadata().getLabels());
    assertThat(helper.getSpec().getVolumes())
        .extracting(v -> v.getPersistentVolumeClaim().getClaimName())
        .containsExactly("fedora-root", "fedora-data");
    assertThat(helper.getSpec().getVolumes()).allMatch(TemporaryPodRendererTest::claim);
    assertThat(helper.getSpec().getInitContainers()).isEmpty();
    assertThat(helper.getSpec().getContainers()).hasSize(1);
    assertThat(helper.getSpec().getContainers().get(0).getCommand())
        .containsExactly("/bin/bash", "-c", "echo bound PVCs");
    assertThat(helper.getSpec().getContainers().get(0).getImage())
        .isEqualTo(LauncherFixtures.LAUNCHER_IMAGE);
    assertThat(helper.getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(helper.getSpec().getAffinity()).isEqualTo(launcher.getSpec().getAffinity());
  }

  private static boolean claim(Volume volume) {
    return volume.getPersistentVolumeClaim() != null;
  }
}
