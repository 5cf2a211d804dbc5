package io.jvirt.virtctl.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the real clients' tests: a fresh {@link RecordingServer} and cluster per test. */
abstract class ConnectedClientTest {
  @TempDir Path dir;

  RecordingServer server;
  Cluster cluster;

  @BeforeEach
  void connect() throws IOException {
    server = new RecordingServer();
    ConnectionOptions options = new ConnectionOptions();
    options.kubeconfig(server.kubeconfig(dir).toString());
    cluster = new Fabric8ClusterConnector(Map.of()).connect(options);
  }

  @AfterEach
  void close() {
    cluster.close();
    server.close();
  }
}
