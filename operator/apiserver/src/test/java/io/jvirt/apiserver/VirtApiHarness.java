package io.jvirt.apiserver;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.apiserver.registration.ApiRegistration;
import io.jvirt.apiserver.registration.ClusterRoles;
import io.jvirt.apiserver.tls.CertificateValidity;
import io.jvirt.contract.Ports;
import io.jvirt.crds.CrdInstaller;
import io.jvirt.testing.LocalCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * virt-api run in the test JVM as a host process behind its Service, webhooks and APIService, as
 * {@code hack/dev up} runs it; the cluster-wide registration is removed again afterwards.
 */
final class VirtApiHarness {
  /** The local cluster's admin user: it stands in for jvirt's own service accounts. */
  static final String ADMIN = "jvirt-admin";

  private VirtApiHarness() {}

  static VirtApi start(
      KubernetesClient client,
      LocalCluster cluster,
      String namespace,
      CertificateValidity validity) {
    return start(client, cluster, namespace, validity, Ports.HANDLER);
  }

  /** As above, calling virt-handlers on {@code handlerPort}. */
  static VirtApi start(
      KubernetesClient client,
      LocalCluster cluster,
      String namespace,
      CertificateValidity validity,
      int handlerPort) {
    CrdInstaller.install(client, "jvirt-it");
    VirtApiOptions options =
        new VirtApiOptions(
            "0.0.0.0",
            0,
            namespace,
            true,
            Set.of(ADMIN),
            validity,
            cluster.hostAddress(),
            handlerPort);
    return new VirtApi(client, options, Clock.systemUTC(), "0.1.0-it");
  }

  /**
   * Drops the finalizer the VMI mutator adds: no virt-controller runs in these tests to release it,
   * and the namespace could not go.
   */
  static void releaseVmis(KubernetesClient client, String namespace) {
    for (var vmi :
        client.resources(VirtualMachineInstance.class).inNamespace(namespace).list().getItems()) {
      client
          .resource(vmi)
          .edit(
              v -> {
                v.getMetadata().setFinalizers(new java.util.ArrayList<>());
                return v;
              });
    }
  }

  /**
   * Stops a test class's virt-api ({@code api} may be null if it never started): releases its VMIs,
   * unregisters it, closes it.
   */
  static void stop(KubernetesClient client, String namespace, VirtApi api) {
    releaseVmis(client, namespace);
    unregister(client);
    if (api != null) {
      api.close();
    }
  }

  /** Takes the webhooks and APIServices away, so later tests meet a cluster without them. */
  static void unregister(KubernetesClient client) {
    for (var object : new ApiRegistration("unused", "").objects()) {
      client.resource(object).delete();
    }
    for (var role : ClusterRoles.all()) {
      client.resource(role).delete();
    }
  }

  /** Writes {@code yaml} to a temporary file for {@code kubectl -f}. */
  static Path file(String yaml) {
    try {
      Path file = Files.createTempFile("jvirt-it-", ".yaml");
      Files.writeString(file, yaml);
      file.toFile().deleteOnExit();
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
