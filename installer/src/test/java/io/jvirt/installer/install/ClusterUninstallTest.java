package io.jvirt.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order uninstall deletes in. */
class ClusterUninstallTest {

  @Test
  void registrationsGoFirstTheKubeVirtCrBeforeTheOperatorAndCrdsLast() {
    List<HasMetadata> order =
        ClusterUninstall.deletionOrder(Bundle.units(Profile.BASIC, InstallSettings.defaults()));
    List<String> kinds = order.stream().map(HasMetadata::getKind).toList();

    assertThat(kinds.subList(0, 4))
        .containsExactlyInAnyOrder(
            "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration",
            "APIService",
            "APIService");
    assertThat(kinds.get(4)).isEqualTo("KubeVirt");
    assertThat(kinds.indexOf("KubeVirt")).isLessThan(kinds.indexOf("Deployment"));
    assertThat(kinds.get(kinds.size() - 1)).isEqualTo("CustomResourceDefinition");
    assertThat(kinds.lastIndexOf("Namespace"))
        .isLessThan(kinds.indexOf("CustomResourceDefinition"));
  }
}
