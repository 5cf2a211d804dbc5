package io.jvirt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.CDI;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeCondition;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.installer.images.ComponentImages;
import io.jvirt.installer.install.LocalImages;
import io.jvirt.installer.model.Images;
import io.jvirt.installer.model.InstallSettings;
import io.jvirt.testing.Commands;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * DataVolume registry imports (pullMethod pod) against a registry running in the cluster: the
 * cirros containerDisk pushed to it with crane, the registry listed in CDIConfig's
 * insecureRegistries (through the CDI CR), a VM booting from the import, and a wrong tag ending in
 * a Running condition naming crane's error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryImportE2E {
  private static final String REPOSITORY = "jvirt/cirros-container-disk-demo";
  private static final String CIRROS_TAR = "/cirros-container-disk-demo.tar";

  private static Jvirt jvirt;
  private static String namespace;
  private static String registry;
  private static String cdiName;
  private static CDIConfigSpec crConfigBefore;
  private static CDIConfigSpec configBefore;

  @BeforeAll
  static void setUp() {
    jvirt = Jvirt.get();
    Path crane = LocalImages.ensureTestRegistryLoaded(jvirt.cluster());
    Commands.Result install = jvirt.install("--profile", "basic+cdi");
    assertThat(install.exitCode()).as(install.output()).isZero();
    assertThat(install.output()).contains("CDI Deployed");
    namespace = jvirt.namespace("registry");
    registry = startRegistry() + ":" + ComponentImages.TEST_REGISTRY_PORT;
    push(crane);
    allowInsecure(registry);
  }

  @AfterAll
  static void cleanUp() {
    if (cdiName != null) {
      restoreConfig();
    }
    if (namespace != null) {
      jvirt.deleteNamespace(namespace);
    }
  }

  @Test
  @Order(1)
  void aVmBootsFromItsRegistryImport() {
    String url = "docker://" + registry + "/" + REPOSITORY + ":" + Images.DEFAULT_TAG;
    long started = System.nanoTime();
    VirtualMachine vm = DataVolumes.importingVm(jvirt, "pulled", "http://unused", "1Gi");
    vm.getSpec().getDataVolumeTemplates().get(0).setSpec(registryImport(url, "1Gi"));
    Guests.create(jvirt, namespace, vm);
    Set<String> seen = DataVolumes.awaitImported(jvirt, namespace, "pulled-root");
    System.out.printf(
        "[figures] registry import of %s in %.1f s; phases seen %s%n",
        url, (System.nanoTime() - started) / 1e9, seen);
    ok(jvirt.kubectl("get", "dv", "pulled-root", "-n", namespace));
    VirtualMachineInstance vmi;
    try {
      vmi = Guests.awaitRunning(jvirt, namespace, "pulled", null);
    } catch (RuntimeException e) {
      jvirt.kubectl("get", "vm,vmi,pods,pvc,dv", "-n", namespace, "-o", "wide");
      jvirt.kubectl("describe", "vmi,pods", "-n", namespace);
      throw e;
    }
    assertThat(Guests.condition(vmi, "DataVolumesReady", "True")).isPresent();
    Guests.awaitConsole(jvirt, namespace, vmi, "jvirt-e2e: booted from pulled");
    Guests.awaitConsole(jvirt, namespace, vmi, "login as 'cirros' user");
    ok(jvirt.virtctl("stop", "pulled", "-n", namespace));
  }

  @Test
  @Order(2)
  void aWrongTagEndsInCranesErrorAndDeletingLeavesNothing() {
    String url = "docker://" + registry + "/" + REPOSITORY + ":no-such-tag";
    DataVolume dv = DataVolumes.standalone("wrong-tag", registryImport(url, "1Gi"));
    jvirt.client().resources(DataVolume.class).inNamespace(namespace).resource(dv).create();
    await()
        .atMost(DataVolumes.IMPORT)
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              String message = running(DataVolumes.get(jvirt, namespace, "wrong-tag")).getMessage();
              return message != null
                  && message.contains("Failed to read registry image")
                  && message.contains("MANIFEST_UNKNOWN");
            });
    ok(jvirt.kubectl("describe", "dv", "wrong-tag", "-n", namespace));
    ok(jvirt.kubectl("delete", "dv", "wrong-tag", "-n", namespace, "--wait=true"));
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () ->
                jvirt
                        .client()
                        .persistentVolumeClaims()
                        .inNamespace(namespace)
                        .list()
                        .getItems()
                        .stream()
                        .noneMatch(c -> c.getMetadata().getName().startsWith("wrong-tag"))
                    && jvirt
                            .client()
                            .pods()
                            .inNamespace(namespace)
                            .withName("importer-wrong-tag")
                            .get()
                        == null);
  }

  /** Starts the registry pod and its Service; returns the Service's ClusterIP. */
  private static String startRegistry() {
    Map<String, String> labels = Map.of("app", "test-registry");
    int port = ComponentImages.TEST_REGISTRY_PORT;
    var pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("test-registry")
            .withLabels(labels)
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("registry")
            .withImage(Images.reference(InstallSettings.defaults(), Images.TEST_REGISTRY))
            .withImagePullPolicy("IfNotPresent")
            .addNewPort()
            .withContainerPort(port)
            .endPort()
            .withNewReadinessProbe()
            .withNewHttpGet()
            .withPath("/v2/")
            .withNewPort(port)
            .endHttpGet()
            .withPeriodSeconds(1)
            .endReadinessProbe()
            .endContainer()
            .endSpec()
            .build();
    jvirt.client().pods().inNamespace(namespace).resource(pod).create();
    var service =
        new ServiceBuilder()
            .withNewMetadata()
            .withName("test-registry")
            .endMetadata()
            .withNewSpec()
            .withSelector(labels)
            .addNewPort()
            .withPort(port)
            .withNewTargetPort(port)
            .endPort()
            .endSpec()
            .build();
    jvirt.client().services().inNamespace(namespace).resource(service).create();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              var live =
                  jvirt.client().pods().inNamespace(namespace).withName("test-registry").get();
              return live.getStatus() != null
                  && live.getStatus().getConditions() != null
                  && live.getStatus().getConditions().stream()
                      .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
            });
    String ip =
        jvirt
            .client()
            .services()
            .inNamespace(namespace)
            .withName("test-registry")
            .get()
            .getSpec()
            .getClusterIP();
    // kube-proxy programs the ClusterIP a moment after the Service exists
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create("http://" + ip + ":" + port + "/v2/")).build();
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    return ip;
  }

  /** Pushes the cirros containerDisk (hack/guest-images' tar) from this host, as a user would. */
  private static void push(Path crane) {
    Path root = jvirt.cluster().root();
    String tar =
        Commands.run(
                root, Duration.ofMinutes(15), List.of(root.resolve("hack/guest-images").toString()))
            .output()
            .lines()
            .map(String::strip)
            .filter(line -> line.endsWith(CIRROS_TAR))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("hack/guest-images printed no cirros"));
    String reference = registry + "/" + REPOSITORY + ":" + Images.DEFAULT_TAG;
    long started = System.nanoTime();
    // the ClusterIP is reachable from the node, where kube-proxy runs; the registry is plain http
    Commands.Result pushed =
        Commands.run(
            root,
            Duration.ofMinutes(2),
            List.of(crane.toString(), "push", tar, reference, "--insecure"));
    ok(pushed);
    System.out.printf(
        "[figures] crane push of %s (%.1f MiB) in %.1f s%n",
        reference, Path.of(tar).toFile().length() / 1048576.0, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Lists {@code host} in the CDI CR's spec.config.insecureRegistries and waits until the
   * cdi-operator has copied it to CDIConfig.
   */
  private static void allowInsecure(String host) {
    CDI cdi = jvirt.client().resources(CDI.class).list().getItems().get(0);
    cdiName = cdi.getMetadata().getName();
    crConfigBefore = copy(cdi.getSpec().getConfig());
    configBefore = copy(config().getSpec());
    CDIConfigSpec wanted =
        copy(
            crConfigBefore != null
                ? crConfigBefore
                : Objects.requireNonNullElseGet(configBefore, CDIConfigSpec::new));
    List<String> registries =
        new ArrayList<>(
            wanted.getInsecureRegistries() == null ? List.of() : wanted.getInsecureRegistries());
    registries.add(host);
    wanted.setInsecureRegistries(registries);
    jvirt
        .client()
        .resources(CDI.class)
        .withName(cdiName)
        .edit(
            c -> {
              c.getSpec().setConfig(wanted);
              return c;
            });
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              CDIConfigSpec spec = config().getSpec();
              return spec != null
                  && spec.getInsecureRegistries() != null
                  && spec.getInsecureRegistries().contains(host);
            });
    ok(jvirt.kubectl("get", "cdiconfig", "config", "-o", "jsonpath={.spec}"));
  }

  /**
   * Gives the CDI CR its config back; without one before, the operator leaves CDIConfig alone, so
   * CDIConfig's spec is put back too.
   */
  private static void restoreConfig() {
    jvirt
        .client()
        .resources(CDI.class)
        .withName(cdiName)
        .edit(
            c -> {
              c.getSpec().setConfig(crConfigBefore);
              return c;
            });
    if (crConfigBefore == null) {
      jvirt
          .client()
          .resources(CDIConfig.class)
          .withName("config")
          .edit(
              c -> {
                c.setSpec(configBefore);
                return c;
              });
    }
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              CDIConfigSpec spec = config().getSpec();
              return spec == null
                  || spec.getInsecureRegistries() == null
                  || !spec.getInsecureRegistries().contains(registry);
            });
  }

  private static CDIConfig config() {
    return jvirt.client().resources(CDIConfig.class).withName("config").get();
  }

  private static CDIConfigSpec copy(CDIConfigSpec spec) {
    return spec == null ? null : new ObjectMapper().convertValue(spec, CDIConfigSpec.class);
  }

  /** A DataVolume spec pulling {@code url} by the importer pod into a claim of {@code size}. */
  private static DataVolumeSpec registryImport(String url, String size) {
    DataVolumeSpec spec = DataVolumes.httpImport("http://unused", size);
    DataVolumeSourceRegistry source = new DataVolumeSourceRegistry();
    source.setUrl(url);
    source.setPullMethod("pod");
    DataVolumeSource registrySource = new DataVolumeSource();
    registrySource.setRegistry(source);
    spec.setSource(registrySource);
    return spec;
  }

  private static DataVolumeCondition running(DataVolume dv) {
    return dv == null || dv.getStatus() == null || dv.getStatus().getConditions() == null
        ? new DataVolumeCondition()
        : dv.getStatus().getConditions().stream()
            .filter(c -> "Running".equals(c.getType()))
            .findFirst()
            .orElse(new DataVolumeCondition());
  }

  private static void ok(Commands.Result result) {
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
