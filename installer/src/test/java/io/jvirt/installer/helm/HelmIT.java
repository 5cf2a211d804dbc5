package io.jvirt.installer.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.Release;
import com.marcnuri.helm.UpgradeCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.installer.model.Profile;
import io.jvirt.installer.render.Bundle;
import io.jvirt.installer.render.DeployUnit;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.Rollouts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The committed charts ({@code addons/helm}) on the local cluster through real Helm (helm-java:
 * Helm 3 as a library), as pipelines run {@code helm upgrade --install} and {@code helm uninstall}:
 * installed in the order of the units until KubeVirt is Available and CDI Deployed, upgraded to
 * another image tag (every component rolled), uninstalled leaving only what {@code
 * helm.sh/resource-policy: keep} keeps.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelmIT {
  private static final LocalCluster CLUSTER = LocalCluster.get();
  private static final Profile PROFILE = Profile.BASIC_CDI;

  /** Where the releases live; the charts' objects name their own namespaces. */
  private static final String RELEASES = "jvirt-helm";

  private static final String UPGRADE_TAG = Images.DEFAULT_TAG + "-helm";
  private static final String KEEP = "helm.sh/resource-policy";
  private static final int WAIT_SECONDS = 600;

  @Test
  @Order(1)
  void installInTheUnitsOrderUntilKubeVirtIsAvailableAndCdiDeployed() {
    LocalImages.ensureLoaded(CLUSTER);
    client()
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(RELEASES).endMetadata().build())
        .serverSideApply();
    long started = System.nanoTime();
    for (DeployUnit unit : units()) {
      Release release = upgradeInstall(unit, Images.DEFAULT_TAG);
      assertThat(release.getRevision()).isEqualTo("1");
      System.out.printf("[helm] %s: %s%n", unit.name(), release.getStatus());
      assertThat(release.getStatus()).isEqualTo("deployed");
      awaitHealthy(unit);
    }
    System.out.printf(
        "[figures] helm upgrade --install of %s's %d charts to KubeVirt Available and CDI Deployed in %.1f s%n",
        PROFILE.id(), units().size(), (System.nanoTime() - started) / 1e9);
  }

  @Test
  @Order(2)
  void upgradeToAnotherTagRollsEveryComponent() {
    for (String image : Images.COMPONENTS) {
      CLUSTER.tag(
          Images.LOCAL_REGISTRY + "/" + image + ":" + Images.DEFAULT_TAG,
          Images.LOCAL_REGISTRY + "/" + image + ":" + UPGRADE_TAG);
    }
    long started = System.nanoTime();
    for (DeployUnit unit : units()) {
      Release release = upgradeInstall(unit, UPGRADE_TAG);
      assertThat(release.getRevision()).isEqualTo("2");
      awaitHealthy(unit);
    }
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> Rollouts.done(client(), List.of("kubevirt", "cdi"), UPGRADE_TAG));
    System.out.printf(
        "[figures] helm upgrade to %s, every component rolled, in %.1f s%n",
        UPGRADE_TAG, (System.nanoTime() - started) / 1e9);
    assertThat(
            client()
                .resources(KubeVirt.class)
                .inNamespace("kubevirt")
                .withName("kubevirt")
                .get()
                .getSpec()
                .getImageTag())
        .isEqualTo(UPGRADE_TAG);
  }

  @Test
  @Order(3)
  void uninstallLeavesOnlyWhatTheChartsKeep() {
    List<DeployUnit> reversed = new ArrayList<>(units());
    java.util.Collections.reverse(reversed);
    for (DeployUnit unit : reversed) {
      String result =
          Helm.uninstall(unit.name())
              .withNamespace(RELEASES)
              .withKubeConfig(CLUSTER.kubeconfig())
              .call();
      System.out.printf("[helm] %s%n", result.strip());
      // helm uninstall does not wait, and a CR's operator must outlive it to remove its finalizer
      // (otherwise the CR, and its namespace, stay forever): wait as docs/gitops.md tells users to
      for (HasMetadata object : unit.objects()) {
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .alias(object.getKind() + " " + object.getMetadata().getName() + " is gone")
            .until(() -> !isCustomResource(object) || client().resource(object).get() == null);
      }
    }
    List<HasMetadata> kept = new ArrayList<>();
    for (DeployUnit unit : units()) {
      for (HasMetadata object : unit.objects()) {
        boolean keep = object.getKind().equals("CustomResourceDefinition");
        if (keep) {
          kept.add(object);
        } else {
          await()
              .atMost(Duration.ofMinutes(3))
              .pollInterval(Duration.ofSeconds(1))
              .alias(object.getKind() + " " + object.getMetadata().getName() + " is gone")
              .until(() -> client().resource(object).get() == null);
        }
      }
    }
    for (HasMetadata object : kept) {
      HasMetadata live = client().resource(object).get();
      assertThat(live).as("kept: %s", object.getMetadata().getName()).isNotNull();
      assertThat(live.getMetadata().getAnnotations()).containsEntry(KEEP, "keep");
    }
    // what Helm keeps is for users to delete by hand; later tests start from a clean cluster
    for (HasMetadata object : kept) {
      client().resource(object).delete();
    }
    client().namespaces().withName(RELEASES).delete();
  }

  /**
   * {@code helm upgrade --install --wait} of {@code unit}'s chart with {@code tag}, as pipelines
   * run it: the first call installs (revision 1), the next upgrades.
   */
  private static Release upgradeInstall(DeployUnit unit, String tag) {
    UpgradeCommand upgrade = new Helm(chart(unit)).upgrade().install();
    values(unit, tag).forEach(upgrade::set);
    return upgrade
        .withName(unit.name())
        .withNamespace(RELEASES)
        .withKubeConfig(CLUSTER.kubeconfig())
        .waitReady()
        .withTimeout(WAIT_SECONDS)
        .call();
  }

  private static boolean isCustomResource(HasMetadata object) {
    return object instanceof KubeVirt || object instanceof CDI;
  }

  /** The values a user sets for {@code unit}: the image tag, and emulation on the KubeVirt CR. */
  private static Map<String, Object> values(DeployUnit unit, String tag) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("image.tag", tag);
    if (unit.name().equals(Bundle.KUBEVIRT_CR)) {
      // no KVM here
      values.put("emulation", true);
    }
    return values;
  }

  /** After each chart, what the next one needs: the CRs' operators done deploying them. */
  private static void awaitHealthy(DeployUnit unit) {
    if (unit.name().equals(Bundle.KUBEVIRT_CR)) {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () ->
                  Readiness.available(
                      client()
                          .resources(KubeVirt.class)
                          .inNamespace("kubevirt")
                          .withName("kubevirt")
                          .get()));
    } else if (unit.name().equals(Bundle.CDI_CR)) {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> Readiness.deployed(client().resources(CDI.class).withName("cdi").get()));
    }
  }

  private static List<DeployUnit> units() {
    return Bundle.units(PROFILE, InstallSettings.defaults());
  }

  private static Path chart(DeployUnit unit) {
    return CLUSTER.root().resolve("addons/helm").resolve(unit.name());
  }

  private static KubernetesClient client() {
    return CLUSTER.client();
  }
}
