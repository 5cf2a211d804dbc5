package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** Users with only some rights, for virtctl runs that must be refused: a ServiceAccount's token. */
final class ServiceAccountUsers {
  private ServiceAccountUsers() {}

  /**
   * A kubeconfig for ServiceAccount {@code name} of {@code namespace}, bound there to {@code
   * clusterRole} only; the caller deletes the file.
   */
  static Path kubeconfig(Jvirt jvirt, String namespace, String name, String clusterRole)
      throws IOException {
    KubernetesClient client = jvirt.client();
    client
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    client
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName(name + "-" + clusterRole)
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", clusterRole)
                .addNewSubject()
                .withKind("ServiceAccount")
                .withName(name)
                .withNamespace(namespace)
                .endSubject()
                .build())
        .create();
    String token =
        client
            .serviceAccounts()
            .inNamespace(namespace)
            .withName(name)
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();
    Config admin = client.getConfiguration();
    String ca =
        admin.getCaCertData() != null
            ? admin.getCaCertData()
            : Base64.getEncoder()
                .encodeToString(Files.readAllBytes(Path.of(admin.getCaCertFile())));
    Path kubeconfig = Files.createTempFile(name, ".kubeconfig");
    Files.writeString(
        kubeconfig,
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: local",
            "  cluster:",
            "    server: " + admin.getMasterUrl(),
            "    certificate-authority-data: " + ca,
            "users:",
            "- name: " + name,
            "  user:",
            "    token: " + token,
            "contexts:",
            "- name: " + name,
            "  context: {cluster: local, user: " + name + ", namespace: " + namespace + "}",
            "current-context: " + name,
            ""));
    return kubeconfig;
  }
}
