package io.jvirt.installer.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jvirt.testing.LocalCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Failures explained in one line by a real cluster: credentials without rights (forbidden), and
 * components whose image the node does not have (image not present, found before any time-out).
 */
class InstallFailuresIT {
  private static final LocalCluster CLUSTER = LocalCluster.get();

  @Test
  void aUserWithoutRightsGetsOneForbiddenLine() throws IOException {
    KubernetesClient client = CLUSTER.client();
    String namespace = "install-failures-it";
    client
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
        .serverSideApply();
    client
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName("nobody")
                .withNamespace(namespace)
                .endMetadata()
                .build())
        .serverSideApply();
    String token =
        client
            .serviceAccounts()
            .inNamespace(namespace)
            .withName("nobody")
            .tokenRequest(new TokenRequestBuilder().withNewSpec().endSpec().build())
            .getStatus()
            .getToken();

    CliRun install = CliRun.of("install", "--kubeconfig", withToken(token).toString());

    assertThat(install.code()).isEqualTo(1);
    assertThat(install.out())
        .containsPattern(
            "FAILED +v1\\.\\d+\\.\\d+ .*forbidden: .*system:serviceaccount:"
                + namespace
                + ":nobody");
    client.namespaces().withName(namespace).delete();
  }

  @Test
  void aMissingImageFailsTheInstallInOneLineBeforeAnyTimeOut() {
    String kubeconfig = CLUSTER.kubeconfig().toString();
    try {
      CliRun install =
          CliRun.of(
              "install", "--tag", "0.0.0-absent", "--timeout", "PT4M", "--kubeconfig", kubeconfig);

      assertThat(install.code()).isEqualTo(1);
      assertThat(install.out())
          .containsPattern(
              "image not present: localhost/jvirt/[a-z-]+:0\\.0\\.0-absent on node jvirt-node");
    } finally {
      CliRun.of("uninstall", "--tag", "0.0.0-absent", "--kubeconfig", kubeconfig);
    }
  }

  /** The admin kubeconfig with its user replaced by a bearer token. */
  private static Path withToken(String token) throws IOException {
    io.fabric8.kubernetes.api.model.Config config =
        KubeConfigUtils.parseConfig(CLUSTER.kubeconfig().toFile());
    for (var user : config.getUsers()) {
      AuthInfo auth = new AuthInfo();
      auth.setToken(token);
      user.setUser(auth);
    }
    Path file = Files.createTempFile("nobody", ".kubeconfig");
    Files.writeString(file, Serialization.asYaml(config));
    return file;
  }
}
