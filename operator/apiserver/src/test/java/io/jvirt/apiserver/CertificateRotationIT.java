package io.jvirt.apiserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.apiserver.http.Exchanges;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.LocalCluster;
import io.jvirt.testing.TestNamespace;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * virt-api with certificates that live seconds: the serving certificate and then the CA are
 * replaced while the API server keeps calling the webhooks, and no call fails.
 */
@ExtendWith(ClusterExtension.class)
class CertificateRotationIT {

  @Test
  void certificatesRotateWithoutAFailedWebhookCall(
      KubernetesClient client, LocalCluster cluster, TestNamespace ns) {
    CertificateValidity shortLived =
        new CertificateValidity(Duration.ofSeconds(40), Duration.ofSeconds(10));
    try (VirtApi api = VirtApiHarness.start(client, cluster, ns.name(), shortLived)) {
      BigInteger firstCa = api.serving().ca().getSerialNumber();
      Set<BigInteger> servedCerts = new HashSet<>();
      List<String> failures = new ArrayList<>();
      await().atMost(Duration.ofMinutes(1)).until(() -> admitted(client, ns) != null);
      await()
          .atMost(Duration.ofSeconds(100))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                servedCerts.add(api.serving().certificate().getSerialNumber());
                try {
                  admitted(client, ns);
                } catch (KubernetesClientException e) {
                  failures.add(e.getMessage());
                }
                return !api.serving().ca().getSerialNumber().equals(firstCa)
                    && servedCerts.size() >= 4;
              });

      assertThat(failures).isEmpty();
      assertThat(servedCerts).hasSizeGreaterThanOrEqualTo(4);
    } finally {
      VirtApiHarness.unregister(client);
    }
  }

  /** A server-side dry-run create: it passes through virt-api's webhooks and stores nothing. */
  private static VirtualMachine admitted(KubernetesClient client, TestNamespace ns) {
    VirtualMachine vm =
        Exchanges.JSON.unmarshal(
            """
            apiVersion: kubevirt.io/v1
            kind: VirtualMachine
            metadata: {name: probe}
            spec:
              runStrategy: Halted
              template:
                spec:
                  domain:
                    memory: {guest: 64Mi}
                    devices: {}
            """,
            VirtualMachine.class);
    return client
        .resources(VirtualMachine.class)
        .inNamespace(ns.name())
        .resource(vm)
        .dryRun()
        .create();
  }
}
