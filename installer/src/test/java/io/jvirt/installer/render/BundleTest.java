package io.jvirt.installer.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.model.RafayDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The installation model: units, order, names, images and the settings users tune. */
class BundleTest {
  private final InstallSettings settings =
      new InstallSettings("virt", "registry.example/team", "1.2.3", true, List.of("Snapshot"));

  @Test
  void basicIsTheOperatorUnitThenTheKubeVirtCr() {
    assertThat(Bundle.units(Profile.BASIC, settings))
        .extracting(DeployUnit::name)
        .containsExactly("kubevirt-operator", "kubevirt-cr");
    assertThat(Bundle.units(Profile.BASIC_CDI, settings))
        .extracting(DeployUnit::name)
        .containsExactly("kubevirt-operator", "kubevirt-cr", "cdi-operator", "cdi-cr");
  }

  @Test
  void rafayGetsCdiForEveryProfileDeliveredAsTheProfileSays() {
    assertThat(Bundle.rafayUnits(Profile.BASIC, settings))
        .extracting(DeployUnit::name, DeployUnit::rafay)
        .containsExactly(
            tuple("kubevirt-operator", RafayDelivery.ADDON),
            tuple("kubevirt-cr", RafayDelivery.ADDON),
            tuple("cdi-operator", RafayDelivery.WORKLOAD),
            tuple("cdi-cr", RafayDelivery.WORKLOAD));
    assertThat(Bundle.rafayUnits(Profile.BASIC_CDI, settings))
        .extracting(DeployUnit::name, DeployUnit::rafay)
        .containsExactly(
            tuple("kubevirt-operator", RafayDelivery.ADDON),
            tuple("kubevirt-cr", RafayDelivery.ADDON),
            tuple("cdi-operator", RafayDelivery.ADDON),
            tuple("cdi-cr", RafayDelivery.ADDON));
  }

  @Test
  void theNamespaceAndCrdsComeFirstAndNamespacedObjectsLiveInTheChosenNamespace() {
    List<HasMetadata> objects = Bundle.objects(Profile.BASIC, settings);

    assertThat(objects.get(0).getKind()).isEqualTo("Namespace");
    assertThat(objects.get(0).getMetadata().getLabels())
        .containsEntry("pod-security.kubernetes.io/enforce", "privileged");
    int lastCrd = lastIndexOf(objects, CustomResourceDefinition.class);
    assertThat(objects.subList(1, lastCrd + 1))
        .allMatch(CustomResourceDefinition.class::isInstance);
    assertThat(objects)
        .filteredOn(o -> o instanceof Namespaced)
        .filteredOn(o -> !"kube-system".equals(o.getMetadata().getNamespace()))
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("virt"));
  }

  @Test
  void imagesAndConfigurationComeFromTheSettings() {
    List<HasMetadata> objects = Bundle.objects(Profile.BASIC, settings);

    assertThat(objects)
        .filteredOn(Deployment.class::isInstance)
        .map(
            d ->
                ((Deployment) d)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getImage())
        .containsOnly("registry.example/team/jvirt-operator:1.2.3");
    DaemonSet handler =
        (DaemonSet) objects.stream().filter(DaemonSet.class::isInstance).findFirst().orElseThrow();
    assertThat(handler.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("registry.example/team/virt-handler:1.2.3");
    assertThat(
            handler
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getSecurityContext()
                .getPrivileged())
        .isTrue();
    KubeVirt kubeVirt = (KubeVirt) Bundle.units(Profile.BASIC, settings).get(1).objects().get(0);
    assertThat(kubeVirt.getSpec().getConfiguration().getDeveloperConfiguration().getUseEmulation())
        .isTrue();
    assertThat(kubeVirt.getSpec().getConfiguration().getDeveloperConfiguration().getFeatureGates())
        .containsExactly("Snapshot");
    assertThat(kubeVirt.getSpec().getUninstallStrategy())
        .isEqualTo("BlockUninstallIfWorkloadsExist");
  }

  @Test
  void theControllerIsToldWhichLauncherImageToRender() {
    Deployment controller =
        (Deployment)
            Bundle.objects(Profile.BASIC, settings).stream()
                .filter(
                    o ->
                        o instanceof Deployment
                            && "virt-controller".equals(o.getMetadata().getName()))
                .findFirst()
                .orElseThrow();
    assertThat(controller.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("JVIRT_LAUNCHER_IMAGE");
              assertThat(e.getValue()).isEqualTo("registry.example/team/virt-launcher:1.2.3");
            });
  }

  @Test
  void virtHandlerServesVirtApiOn8186AndMayReadOnlyItsCertificateSecret() {
    List<HasMetadata> objects = Bundle.objects(Profile.BASIC, settings);
    DaemonSet handler =
        (DaemonSet) objects.stream().filter(DaemonSet.class::isInstance).findFirst().orElseThrow();

    assertThat(handler.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts())
        .anySatisfy(
            p -> {
              assertThat(p.getName()).isEqualTo("console");
              assertThat(p.getContainerPort()).isEqualTo(8186);
            });
    Role role =
        objects.stream()
            .filter(Role.class::isInstance)
            .map(Role.class::cast)
            .filter(r -> "kubevirt-handler".equals(r.getMetadata().getName()))
            .findFirst()
            .orElseThrow();
    assertThat(role.getMetadata().getNamespace()).isEqualTo("virt");
    assertThat(role.getRules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getResources()).containsExactly("secrets");
              assertThat(r.getResourceNames())
                  .containsExactly("kubevirt-virt-handler-server-certs");
              assertThat(r.getVerbs()).containsExactly("get", "list", "watch");
            });
    assertThat(objects)
        .filteredOn(RoleBinding.class::isInstance)
        .map(RoleBinding.class::cast)
        .anySatisfy(
            b -> {
              assertThat(b.getRoleRef().getName()).isEqualTo("kubevirt-handler");
              assertThat(b.getSubjects().get(0).getName()).isEqualTo("kubevirt-handler");
            });
  }

  private static int lastIndexOf(List<HasMetadata> objects, Class<?> type) {
    int last = -1;
    for (int i = 0; i < objects.size(); i++) {
      if (type.isInstance(objects.get(i))) {
        last = i;
      }
    }
    return last;
  }
}
