package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.admission.decide.AdmissionRules;
import io.jvirt.apiserver.admission.decide.Defaults;
import io.jvirt.apiserver.admission.decide.Verdict;
import io.jvirt.apiserver.admission.decide.VmDefaults;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.Corpus;
import io.jvirt.testing.JsonDiff;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus manifest through virt-api's webhooks on the real API server: what jvirt can run is
 * stored exactly as written plus the documented defaults ({@link Defaults}, {@link VmDefaults});
 * what it cannot is refused naming the field.
 */
@ExtendWith(ClusterExtension.class)
class CorpusAdmissionIT {
  private static final String FIXED = "00000000-0000-0000-0000-000000000000";
  private static final Set<String> KINDS =
      Set.of(
          "VirtualMachine",
          "VirtualMachineInstance",
          "VirtualMachineInstanceReplicaSet",
          "VirtualMachineInstancePreset",
          "VirtualMachineInstanceMigration",
          "DataVolume");
  private static final Set<String> SERVER_SET =
      Set.of(
          "uid",
          "resourceVersion",
          "creationTimestamp",
          "generation",
          "managedFields",
          "namespace",
          "finalizers");
  private static VirtApi api;

  static List<Corpus.Manifest> corpus() {
    return Corpus.all().stream()
        .filter(
            m ->
                KINDS.contains(
                    Exchanges.JSON.unmarshal(m.yaml(), GenericKubernetesResource.class).getKind()))
        .toList();
  }

  @BeforeAll
  static void startVirtApi(KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    api = VirtApiHarness.start(client, cluster, ns.name(), CertificateValidity.defaults());
  }

  @AfterAll
  static void stopVirtApi(KubernetesClient client, TestNamespace ns) {
    VirtApiHarness.stop(client, ns.name(), api);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void storedAsWrittenPlusDocumentedDefaultsOrRefusedNamingTheField(
      Corpus.Manifest manifest, KubernetesClient client, TestNamespace ns) {
    HasMetadata written = Exchanges.JSON.unmarshal(manifest.yaml());
    Verdict verdict = verdict(written);
    var resource =
        client
            .resource(Exchanges.JSON.unmarshal(manifest.yaml(), GenericKubernetesResource.class))
            .inNamespace(ns.name());
    if (!verdict.isAllowed()) {
      await()
          .atMost(Duration.ofMinutes(1))
          .untilAsserted(
              () -> {
                KubernetesClientException refused =
                    org.assertj.core.api.Assertions.catchThrowableOfType(
                        KubernetesClientException.class, resource::create);
                assertThat(refused).isNotNull();
                assertThat(refused.getMessage()).contains(verdict.errors().get(0).field());
              });
      return;
    }
    await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(() -> resource.create() != null);

    HasMetadata expected = withDefaults(Exchanges.JSON.unmarshal(manifest.yaml()));
    HasMetadata stored = Exchanges.JSON.unmarshal(Exchanges.JSON.asJson(resource.get()));
    adoptGeneratedIdentity(expected, stored);
    assertThat(JsonDiff.between(tree(expected), tree(stored))).isEmpty();
  }

  /**
   * Generated firmware UUIDs and serials are random: where the expectation holds the placeholder
   * (the user wrote none), it takes the stored value, which must be a UUID.
   */
  private static void adoptGeneratedIdentity(HasMetadata expected, HasMetadata stored) {
    var want = firmware(expected);
    var got = firmware(stored);
    if (want == null || got == null) {
      return;
    }
    if (FIXED.equals(want.getUuid())) {
      assertThat(got.getUuid()).matches("[0-9a-f-]{36}");
      want.setUuid(got.getUuid());
    }
    if (FIXED.equals(want.getSerial())) {
      assertThat(got.getSerial()).matches("[0-9a-f-]{36}");
      want.setSerial(got.getSerial());
    }
  }

  private static io.jvirt.api.v1.domain.Firmware firmware(HasMetadata object) {
    var domain =
        object instanceof VirtualMachine vm
            ? vm.getSpec().getTemplate().getSpec().getDomain()
            : object instanceof VirtualMachineInstance vmi ? vmi.getSpec().getDomain() : null;
    return domain == null ? null : domain.getFirmware();
  }

  private static Verdict verdict(HasMetadata object) {
    AdmissionRules rules = new AdmissionRules();
    if (object instanceof VirtualMachine vm) {
      return rules.validateVm(vm);
    }
    if (object instanceof VirtualMachineInstance vmi) {
      VirtualMachineInstance defaulted =
          Exchanges.JSON.unmarshal(Exchanges.JSON.asJson(vmi), VirtualMachineInstance.class);
      Defaults.applyTo(defaulted.getSpec(), () -> FIXED);
      return rules.validateVmiCreate(defaulted);
    }
    if (object instanceof DataVolume dv) {
      return rules.validateDataVolume(dv);
    }
    return Verdict.allowed();
  }

  private static HasMetadata withDefaults(HasMetadata object) {
    if (object instanceof VirtualMachine vm) {
      VmDefaults.onCreate(vm, () -> FIXED);
    } else if (object instanceof VirtualMachineInstance vmi) {
      Defaults.applyTo(vmi.getSpec(), () -> FIXED);
    }
    return object;
  }

  private static JsonNode tree(HasMetadata object) {
    ObjectNode tree = (ObjectNode) Exchanges.JSON.convertValue(object, JsonNode.class);
    ((ObjectNode) tree.get("metadata")).remove(SERVER_SET);
    tree.remove("status");
    return tree;
  }
}
