package io.jvirt.installer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.cdi.contract.CdiComponents;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.write.workloads.ExampleWorkloads;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every object jvirt renders is accepted by the real API server (server-side dry run): both
 * profiles' installations and the example VM workloads.
 */
@ExtendWith(ClusterExtension.class)
class BundleDryRunIT {

  @ParameterizedTest
  @EnumSource(Profile.class)
  void theApiServerAcceptsEveryObjectOfTheInstallation(
      Profile profile, KubernetesClient client, TestNamespace ns) {
    CrdInstaller.install(client, "jvirt-it");

    List<HasMetadata> objects =
        Bundle.objects(profile, InstallSettings.defaults().inNamespace(ns.name()));
    // CDI lives in its own namespace, which a dry run does not create: the test's stands in
    for (HasMetadata object : objects) {
      if (CdiComponents.NAMESPACE.equals(object.getMetadata().getNamespace())) {
        object.getMetadata().setNamespace(ns.name());
      }
    }
    int accepted = dryRun(client, objects);

    assertThat(accepted).isGreaterThan(30);
  }

  @Test
  void theApiServerAcceptsTheExampleVmWorkloads(KubernetesClient client, TestNamespace ns) {
    CrdInstaller.install(client, "jvirt-it");
    List<HasMetadata> namespaced =
        ExampleWorkloads.objects().stream().filter(o -> o instanceof Namespaced).toList();
    for (HasMetadata object : namespaced) {
      object.getMetadata().setNamespace(ns.name());
    }

    assertThat(dryRun(client, namespaced)).isEqualTo(4);
  }

  private static int dryRun(KubernetesClient client, List<HasMetadata> objects) {
    int accepted = 0;
    for (HasMetadata object : objects) {
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
    return accepted;
  }
}
