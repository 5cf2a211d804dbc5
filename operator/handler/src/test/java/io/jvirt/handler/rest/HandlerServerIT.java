package io.jvirt.handler.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.contract.HandlerApi;
import io.jvirt.contract.ServiceAccounts;
import io.jvirt.daemon.handlerapi.HandlerClient;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.testing.ClusterExtension;
import io.jvirt.testing.TestNamespace;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * virt-handler's server with its certificate from the real API server: {@link SecretTlsSource}
 * watches {@link HandlerApi#SERVER_SECRET} as the handler's service account, allowed to read that
 * one Secret and nothing else (the installer's Role), and a renewed certificate in the Secret is
 * served without a restart.
 */
@ExtendWith(ClusterExtension.class)
class HandlerServerIT {
  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration WAIT = Duration.ofMinutes(1);

  private final Clock clock = Clock.systemUTC();
  private final CertificateIssuer issuer = new CertificateIssuer(clock);
  private final KeyMaterial ca = issuer.newCa("jvirt-virt-api-ca", Duration.ofDays(7));

  @Test
  void theHandlerServesTheCertificateOfItsSecretAndFollowsItsRenewal(
      KubernetesClient admin, TestNamespace ns) throws IOException {
    allowTheHandlerItsSecret(admin, ns.name());
    writeSecret(admin, ns.name(), serving(ca));
    FakeVmiCommands commands = new FakeVmiCommands();
    try (KubernetesClient asHandler = impersonatingTheHandler(admin, ns.name());
        SecretTlsSource tls = new SecretTlsSource(asHandler, ns.name()).start();
        HandlerServer server = new HandlerServer("127.0.0.1", 0, tls, commands).start()) {
      await().atMost(WAIT).until(() -> tls.current() != null);
      assertThatThrownBy(() -> asHandler.secrets().inNamespace(ns.name()).withName("other").get())
          .as("any other Secret")
          .isInstanceOfSatisfying(
              KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403));
      HandlerClient virtApi =
          new HandlerClient(
              () ->
                  new TlsMaterial(
                      issuer.issueClient(ca, HandlerApi.CLIENT_COMMON_NAME, DAY),
                      List.of(ca.certificate())),
              Duration.ofSeconds(10),
              clock);

      assertThat(virtApi.put("127.0.0.1", server.port(), "ns", "vm", "pause", "").ok()).isTrue();

      KeyMaterial renewed = serving(ca);
      writeSecret(admin, ns.name(), renewed);
      await()
          .atMost(WAIT)
          .until(() -> tls.current().identity().certificate().equals(renewed.certificate()));
      assertThat(virtApi.put("127.0.0.1", server.port(), "ns", "vm", "unpause", "").ok()).isTrue();
      assertThat(commands.calls()).containsExactly("pause ns/vm", "unpause ns/vm");
    }
  }

  private KeyMaterial serving(KeyMaterial by) {
    return issuer.issue(by, HandlerApi.SERVER_COMMON_NAME, List.of(), DAY);
  }

  private void writeSecret(KubernetesClient admin, String namespace, KeyMaterial serving) {
    admin
        .secrets()
        .inNamespace(namespace)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(HandlerApi.SERVER_SECRET)
                .endMetadata()
                .withType("kubernetes.io/tls")
                .withData(HandlerSecret.data(serving, List.of(ca.certificate())))
                .build())
        .serverSideApply();
  }

  /** The Role the installer gives virt-handler in its namespace: read its Secret, no other. */
  private static void allowTheHandlerItsSecret(KubernetesClient admin, String namespace) {
    admin
        .rbac()
        .roles()
        .inNamespace(namespace)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName(ServiceAccounts.HANDLER)
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("secrets")
                .withResourceNames(HandlerApi.SERVER_SECRET)
                .withVerbs("get", "list", "watch")
                .endRule()
                .build())
        .create();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName(ServiceAccounts.HANDLER)
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", ServiceAccounts.HANDLER)
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(ServiceAccounts.HANDLER)
                .withNamespace(namespace)
                .endSubject()
                .build())
        .create();
  }

  private static KubernetesClient impersonatingTheHandler(
      KubernetesClient admin, String namespace) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(admin.getConfiguration())
                .withImpersonateUsername(
                    ServiceAccounts.username(namespace, ServiceAccounts.HANDLER))
                .withImpersonateGroups(
                    "system:serviceaccounts", "system:serviceaccounts:" + namespace)
                .build())
        .build();
  }
}
