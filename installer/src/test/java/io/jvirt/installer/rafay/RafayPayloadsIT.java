package io.jvirt.installer.rafay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.installer.cli.Installer;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.testing.Commands;
import io.jvirt.testing.LocalCluster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Rafay would deploy, short of Rafay's controller (not available here): for each profile, the
 * payload of every add-on in its Blueprint's {@code dependsOn} order, then (profile {@code basic})
 * the CDI workloads in their published order, then the example VM workloads, each applied with
 * plain {@code kubectl apply} into the spec's namespace, as a YAML add-on deployer does; each must
 * apply cleanly and come up before the next.
 */
class RafayPayloadsIT {
  private static final LocalCluster CLUSTER = LocalCluster.get();

  @ParameterizedTest
  @ValueSource(strings = {"basic", "basic-cdi"})
  void everyPayloadAppliesCleanlyInTheBlueprintsOrder(String profile) {
    LocalImages.ensureLoaded(CLUSTER);
    Path root = CLUSTER.root().resolve("blueprints").resolve(profile);
    List<String> addons =
        RafaySpecs.addonOrder(only(root.resolve("blueprints"), ".blueprint.yaml"));
    for (String addon : addons) {
      deploy(RafaySpecs.artifact(root.resolve("addons/" + addon + ".addon.yaml")));
    }
    // basic: CDI as workloads, published one after the other once the blueprint has synced
    for (String workload : List.of("cdi-operator", "cdi-cr")) {
      Path spec = root.resolve("workloads/" + workload + ".workload.yaml");
      if (Files.exists(spec)) {
        deploy(RafaySpecs.artifact(spec));
      }
    }
    assertThat(cdi()).isNotNull();

    Path workloads = CLUSTER.root().resolve("workloads/rafay");
    Path namespace = workloads.resolve("vms.namespace.yaml");
    client()
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("vms")
                .withLabels(RafaySpecs.namespaceLabels(namespace))
                .endMetadata()
                .build())
        .serverSideApply();
    for (String vm : List.of("vm-testvm", "vm-stopped-vm")) {
      deploy(RafaySpecs.artifact(workloads.resolve(vm + ".workload.yaml")));
    }
    assertThat(client().resources(VirtualMachine.class).inNamespace("vms").list().getItems())
        .hasSize(2);
    System.out.printf(
        "[rafay] %s: add-ons %s applied in order, then the workloads%n", profile, addons);
  }

  @AfterEach
  void uninstall() {
    StringWriter out = new StringWriter();
    int code =
        Installer.run(
            new String[] {
              "uninstall",
              "--profile",
              "basic+cdi",
              "--delete-vms",
              "--kubeconfig",
              CLUSTER.kubeconfig().toString()
            },
            new PrintWriter(out),
            new PrintWriter(out));
    assertThat(code).as(out.toString()).isZero();
    client().namespaces().withName("vms").delete();
  }

  /** Applies the payloads as a YAML add-on deployer does, then waits until they are up. */
  private static void deploy(RafaySpecs.Artifact artifact) {
    for (Path payload : artifact.payloads()) {
      for (JsonNode object : RafaySpecs.objects(payload)) {
        // a deployer puts objects without one into its own default: each must say where it goes
        if (namespaced(object)) {
          assertThat(object.path("metadata").path("namespace").asText())
              .as(
                  "namespace of %s %s in %s",
                  object.path("kind").asText(),
                  object.path("metadata").path("name").asText(),
                  payload)
              .isNotEmpty();
        }
      }
      Commands.Result applied = CLUSTER.kubectlResult("apply", "-f", payload.toString());
      assertThat(applied.exitCode()).as("%s: %s", artifact.name(), applied.output()).isZero();
    }
    if (artifact.name().equals("kubevirt-cr")) {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> Readiness.available(kubevirt()));
    } else if (artifact.name().equals("cdi-cr")) {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> Readiness.deployed(cdi()));
    } else if (artifact.name().endsWith("-operator")) {
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> allReady(artifact.namespace()));
    }
  }

  private static boolean namespaced(JsonNode object) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    var resources = client().getApiResources(apiVersion);
    assertThat(resources).as("the API server serves %s", apiVersion).isNotNull();
    return resources.getResources().stream()
        .filter(r -> r.getKind().equals(kind) && !r.getName().contains("/"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the API server serves no " + kind))
        .getNamespaced();
  }

  private static boolean allReady(String namespace) {
    for (Deployment d : client().apps().deployments().inNamespace(namespace).list().getItems()) {
      Integer ready = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
      if (!Objects.equals(ready, d.getSpec().getReplicas())) {
        return false;
      }
    }
    for (DaemonSet d : client().apps().daemonSets().inNamespace(namespace).list().getItems()) {
      if (d.getStatus() == null
          || !Objects.equals(
              d.getStatus().getNumberReady(), d.getStatus().getDesiredNumberScheduled())
          || d.getStatus().getDesiredNumberScheduled() == 0) {
        return false;
      }
    }
    return true;
  }

  private static Path only(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
      assertThat(found).hasSize(1);
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KubeVirt kubevirt() {
    return client().resources(KubeVirt.class).inNamespace("kubevirt").withName("kubevirt").get();
  }

  private static CDI cdi() {
    return client().resources(CDI.class).withName("cdi").get();
  }

  private static KubernetesClient client() {
    return CLUSTER.client();
  }
}
