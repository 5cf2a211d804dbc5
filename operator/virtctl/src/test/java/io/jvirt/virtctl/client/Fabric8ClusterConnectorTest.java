package io.jvirt.virtctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kubeconfig loading, context selection and namespace resolution. */
class Fabric8ClusterConnectorTest {
  @TempDir Path dir;

  private final Fabric8ClusterConnector connector = new Fabric8ClusterConnector(Map.of());

  @Test
  void theCurrentContextNamesTheNamespace() throws IOException {
    try (Cluster cluster = connector.connect(options(null, null))) {
      assertThat(cluster.namespace()).isEqualTo("team-a");
    }
  }

  @Test
  void theFlagWinsOverTheContext() throws IOException {
    try (Cluster cluster = connector.connect(options(null, "mine"))) {
      assertThat(cluster.namespace()).isEqualTo("mine");
    }
  }

  @Test
  void aContextWithoutNamespaceMeansDefault() throws IOException {
    try (Cluster cluster = connector.connect(options("bare", null))) {
      assertThat(cluster.namespace()).isEqualTo("default");
    }
  }

  @Test
  void anUnknownContextIsAnError() throws IOException {
    ConnectionOptions options = options("nope", null);

    assertThatThrownBy(() -> connector.connect(options))
        .isInstanceOf(KubeconfigException.class)
        .hasMessage("context \"nope\" does not exist");
  }

  @Test
  void aMissingKubeconfigFileIsAnError() {
    ConnectionOptions options = new ConnectionOptions();
    options.kubeconfig(dir.resolve("absent").toString());

    assertThatThrownBy(() -> connector.connect(options))
        .isInstanceOf(KubeconfigException.class)
        .hasMessage("kubeconfig file " + dir.resolve("absent") + " does not exist");
  }

  @Test
  void noKubeconfigAnywhereIsAnError() {
    String previous = System.getProperty("kubeconfig");
    System.setProperty("kubeconfig", dir.resolve("none").toString());
    try {
      assertThatThrownBy(() -> connector.connect(new ConnectionOptions()))
          .isInstanceOf(KubeconfigException.class)
          .hasMessageStartingWith("invalid configuration: no configuration has been provided");
    } finally {
      if (previous == null) {
        System.clearProperty("kubeconfig");
      } else {
        System.setProperty("kubeconfig", previous);
      }
    }
  }

  @Test
  void namespaceResolutionOrder() {
    assertThat(Namespaces.resolve("flag", "ctx")).isEqualTo("flag");
    assertThat(Namespaces.resolve(null, "ctx")).isEqualTo("ctx");
    assertThat(Namespaces.resolve("", "")).isEqualTo("default");
    assertThat(Namespaces.resolve(null, null)).isEqualTo("default");
  }

  private ConnectionOptions options(String context, String namespace) throws IOException {
    ConnectionOptions options = new ConnectionOptions();
    options.kubeconfig(RecordingServer.writeKubeconfig(dir, "http://127.0.0.1:1").toString());
    options.context(context);
    options.namespace(namespace);
    return options;
  }
}
