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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * virt-api with certificates that live seconds: the serving certificate and then the CA are
 * replaced again and again while the API server calls the webhooks and the aggregated API at a
 * steady rate, and no call fails. {@code -Djvirt.rotation.seconds} sets how long the load runs (CI:
 * 100 s; {@code hack/bench chaos}: 300 s).
 */
@ExtendWith(ClusterExtension.class)
class CertificateRotationIT {
  private static final long LOAD_SECONDS = Long.getLong("jvirt.rotation.seconds", 100);
  private static final long PERIOD_MILLIS = 200;

  @Test
  void certificatesRotateUnderLoadWithoutAFailedCall(
      KubernetesClient client, LocalCluster cluster, TestNamespace ns) throws Exception {
    CertificateValidity shortLived =
        new CertificateValidity(Duration.ofSeconds(40), Duration.ofSeconds(8));
    ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
    try (VirtApi api = VirtApiHarness.start(client, cluster, ns.name(), shortLived)) {
      await()
          .atMost(Duration.ofMinutes(1))
          .ignoreExceptions()
          .until(() -> admitted(client, ns) != null);
      await().atMost(Duration.ofMinutes(1)).until(() -> subresource(client, ns) == null);
      Set<BigInteger> servedCerts = ConcurrentHashMap.newKeySet();
      Set<BigInteger> cas = ConcurrentHashMap.newKeySet();
      List<String> failures = new CopyOnWriteArrayList<>();
      AtomicInteger admissions = new AtomicInteger();
      AtomicInteger subresources = new AtomicInteger();
      load.scheduleAtFixedRate(
          () -> {
            servedCerts.add(api.serving().certificate().getSerialNumber());
            cas.add(api.serving().ca().getSerialNumber());
            try {
              admitted(client, ns);
            } catch (KubernetesClientException e) {
              failures.add("admission: " + e.getMessage());
            }
            admissions.incrementAndGet();
          },
          0,
          PERIOD_MILLIS,
          TimeUnit.MILLISECONDS);
      load.scheduleAtFixedRate(
          () -> {
            String failure = subresource(client, ns);
            if (failure != null) {
              failures.add("subresource: " + failure);
            }
            subresources.incrementAndGet();
          },
          PERIOD_MILLIS / 2,
          PERIOD_MILLIS,
          TimeUnit.MILLISECONDS);
      long started = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(LOAD_SECONDS + 60))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> System.nanoTime() - started >= TimeUnit.SECONDS.toNanos(LOAD_SECONDS));
      load.shutdown();
      load.awaitTermination(1, TimeUnit.MINUTES);
      System.out.printf(
          "[figures] certificate rotation under load: %d s, %d admission + %d subresource calls,"
              + " %d serving certificates, %d CAs, %d failed%n",
          LOAD_SECONDS,
          admissions.get(),
          subresources.get(),
          servedCerts.size(),
          cas.size(),
          failures.size());

      assertThat(failures).isEmpty();
      assertThat(servedCerts).hasSizeGreaterThanOrEqualTo(4);
      assertThat(cas).hasSizeGreaterThanOrEqualTo(2);
    } finally {
      load.shutdownNow();
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

  /**
   * A stop of a VM that does not exist, through the aggregated API: virt-api's 404 means the call
   * got through the API server's proxy and TLS; anything else is the failure, returned.
   */
  private static String subresource(KubernetesClient client, TestNamespace ns) {
    try {
      client.raw(
          client.getMasterUrl()
              + "apis/subresources.kubevirt.io/v1/namespaces/"
              + ns.name()
              + "/virtualmachines/absent/stop",
          "PUT",
          "{}");
      return "no 404 from virt-api";
    } catch (KubernetesClientException e) {
      return e.getCode() == 404 && String.valueOf(e.getMessage()).contains("absent")
          ? null
          : e.getCode() + " " + e.getMessage();
    }
  }
}
