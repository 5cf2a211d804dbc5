package io.jvirt.installer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every object of the rendered installation is accepted by the real API server (dry run). */
@ExtendWith(ClusterExtension.class)
class BundleDryRunIT {

  @Test
  void theApiServerAcceptsEveryObjectOfTheBasicProfile(KubernetesClient client, TestNamespace ns) {
    CrdInstaller.install(client, "jvirt-it");
    int accepted = 0;
    for (HasMetadata object :
        Bundle.objects(Profile.BASIC, InstallSettings.defaults().inNamespace(ns.name()))) {
      HasMetadata answer =
          client
              .resource(object)
              .dryRun()
              .fieldManager("jvirt-it")
              .forceConflicts()
              .serverSideApply();
      assertThat(answer.getMetadata().getName()).isEqualTo(object.getMetadata().getName());
      accepted++;
    }
    assertThat(accepted).isGreaterThan(30);
  }
}
