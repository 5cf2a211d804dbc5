package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.apiserver.fuzz.Hostile;
import io.jvirt.apiserver.fuzz.Hostile.Expect;
import io.jvirt.apiserver.fuzz.HostileManifests;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every hostile manifest sent to the real API server with virt-api's webhooks registered: none is
 * answered with a 500 or a webhook time-out, each one meant to be refused is refused with its field
 * named, each odd-but-valid one is stored. Prints the figures docs/reliability.md quotes.
 */
@ExtendWith(ClusterExtension.class)
class HostileManifestsIT {
  private static VirtApi api;

  @BeforeAll
  static void startVirtApi(KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    api = VirtApiHarness.start(client, cluster, ns.name(), CertificateValidity.defaults());
  }

  @AfterAll
  static void stopVirtApi(KubernetesClient client, TestNamespace ns) {
    VirtApiHarness.stop(client, ns.name(), api);
  }

  @Test
  void everyHostileManifestIsRefusedNamingItsFieldOrStoredAsWritten(
      KubernetesClient client, TestNamespace ns) {
    List<Hostile> all = HostileManifests.generate(HostileManifests.DEFAULT_SEED);
    awaitWebhooks(client, ns, all);

    List<String> failures = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    long started = System.nanoTime();
    for (Hostile hostile : all) {
      String outcome = send(client, ns, hostile);
      counts.merge(outcome.startsWith("refused") ? "refused" : outcome, 1, Integer::sum);
      examples.putIfAbsent(hostile.kind() + " " + hostile.category(), hostile + " -> " + outcome);
      String wrong = judge(hostile, outcome);
      if (wrong != null) {
        failures.add(hostile + ": " + wrong);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "hostile manifests: %d sent in %.1f s (%.0f/s), outcomes %s, wrong %d%n",
        all.size(), seconds, all.size() / seconds, counts, failures.size());

    Map<String, Integer> categories = new TreeMap<>();
    all.forEach(h -> categories.merge(h.category(), 1, Integer::sum));
    System.out.println("  by mutation: " + categories);
    examples.values().forEach(example -> System.out.println("  e.g. " + example));
    assertThat(failures).isEmpty();
  }

  /** "stored", "refused <code>: <message>", or "error <code>: <message>" for a 500 or time-out. */
  private static String send(KubernetesClient client, TestNamespace ns, Hostile hostile) {
    GenericKubernetesResource object =
        Exchanges.JSON.convertValue(hostile.manifest(), GenericKubernetesResource.class);
    try {
      client.resource(object).inNamespace(ns.name()).create();
      return "stored";
    } catch (KubernetesClientException e) {
      String message = e.getStatus() == null ? e.getMessage() : e.getStatus().getMessage();
      boolean broken =
          e.getCode() >= 500
              || e.getCode() == 0
              || message.contains("failed calling webhook")
              || message.contains("deadline exceeded");
      return (broken ? "error " : "refused ") + e.getCode() + ": " + message;
    }
  }

  private static String judge(Hostile hostile, String outcome) {
    if (outcome.startsWith("error")) {
      return outcome;
    }
    if (hostile.expect() == Expect.ACCEPTED) {
      return outcome.equals("stored") ? null : "expected stored, got " + outcome;
    }
    if (outcome.equals("stored")) {
      return "accepted, expected a refusal";
    }
    return outcome.contains(hostile.field()) ? null : "refusal does not name the field: " + outcome;
  }

  /** The webhooks answer once the API server has their Service endpoints and CA bundle. */
  private static void awaitWebhooks(KubernetesClient client, TestNamespace ns, List<Hostile> all) {
    Hostile canary =
        all.stream()
            .filter(h -> h.expect() == Expect.REFUSED_BY_JVIRT)
            .filter(h -> h.kind().equals("VirtualMachineInstance"))
            .findFirst()
            .orElseThrow();
    int[] attempt = {0};
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> {
              var copy = canary.manifest().deepCopy();
              copy.withObjectProperty("metadata").put("name", "canary-" + attempt[0]++);
              Hostile fresh =
                  new Hostile(
                      canary.kind(),
                      canary.category(),
                      canary.field(),
                      copy,
                      canary.expect(),
                      canary.description());
              return send(client, ns, fresh).contains("admission webhook");
            });
  }
}
