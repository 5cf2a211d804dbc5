package io.jvirt.cdi.operator.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDISpec;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** cdi-controller's Deployment carries upstream's names and the operator's images. */
class ControllerDeploymentTest {
  private static final ControllerDeployment.Images IMAGES =
      new ControllerDeployment.Images("r/jvirt-operator:1", "r/cdi-importer:1", "IfNotPresent");

  @Test
  void rendersUpstreamsNamesOwnedByTheCr() {
    Deployment d = ControllerDeployment.render(cdi(null), "cdi", IMAGES);
    assertThat(d.getMetadata().getName()).isEqualTo("cdi-deployment");
    assertThat(d.getMetadata().getNamespace()).isEqualTo("cdi");
    assertThat(d.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo("uid-cdi");
    assertThat(d.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("cdi-sa");
    assertThat(d.getSpec().getSelector().getMatchLabels())
        .isEqualTo(Map.of("cdi.kubevirt.io", "cdi-deployment"));
    var container = d.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getImage()).isEqualTo("r/jvirt-operator:1");
    assertThat(container.getCommand()).endsWith(ControllerDeployment.MAIN_CLASS);
    assertThat(env(d)).containsEntry("IMPORTER_IMAGE", "r/cdi-importer:1");
  }

  @Test
  void theCrsPullPolicyWins() {
    Deployment d = ControllerDeployment.render(cdi("Always"), "cdi", IMAGES);
    assertThat(d.getSpec().getTemplate().getSpec().getContainers().get(0).getImagePullPolicy())
        .isEqualTo("Always");
    assertThat(env(d)).containsEntry("PULL_POLICY", "Always");
  }

  private static Map<String, String> env(Deployment d) {
    return d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  private static CDI cdi(String pullPolicy) {
    CDI cdi = new CDI();
    cdi.setMetadata(new ObjectMetaBuilder().withName("cdi").withUid("uid-cdi").build());
    CDISpec spec = new CDISpec();
    spec.setImagePullPolicy(pullPolicy);
    cdi.setSpec(spec);
    return cdi;
  }
}
