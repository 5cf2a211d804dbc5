package io.jvirt.cdi.importer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress counter, its byte-counting stream and its /metrics endpoint. */
class MetricsTest {
  @Test
  void counterServedInPrometheusTextFormat() throws Exception {
    ProgressCounter counter = new ProgressCounter("uid-1");
    counter.advanceTo(45.5);
    counter.advanceTo(12.0);
    try (MetricsServer server = MetricsServer.start(0, counter)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains("# TYPE kubevirt_cdi_import_progress_total counter")
          .contains("kubevirt_cdi_import_progress_total{ownerUID=\"uid-1\"} 45.5\n");
    }
  }

  @Test
  void theCloneCounterHasItsOwnName() {
    ProgressCounter counter = ProgressCounter.forClone("dv-uid");
    counter.advanceTo(12.5);
    assertThat(counter.exposition())
        .isEqualTo(
            "# HELP kubevirt_cdi_clone_progress_total The clone progress in percentage\n"
                + "# TYPE kubevirt_cdi_clone_progress_total counter\n"
                + "kubevirt_cdi_clone_progress_total{ownerUID=\"dv-uid\"} 12.5\n");
  }

  @Test
  void streamMovesTheCounterOncePerSecondAndAtTheEnd() throws Exception {
    ProgressCounter counter = new ProgressCounter("uid");
    TestClock clock = new TestClock();
    InputStream in =
        new ProgressInputStream(new ByteArrayInputStream(new byte[100]), 100, counter, clock);
    in.readNBytes(10);
    assertThat(counter.value()).isEqualTo(10.0);
    in.readNBytes(20);
    assertThat(counter.value()).as("less than a second later").isEqualTo(10.0);
    clock.advance(Duration.ofSeconds(1));
    in.readNBytes(20);
    assertThat(counter.value()).isEqualTo(50.0);
    in.readAllBytes();
    assertThat(counter.value()).isEqualTo(100.0);
  }

  @Test
  void unknownLengthLeavesTheCounter() throws Exception {
    ProgressCounter counter = new ProgressCounter("uid");
    ProgressInputStream in =
        new ProgressInputStream(
            new ByteArrayInputStream(new byte[100]), -1, counter, new TestClock());
    in.readAllBytes();
    assertThat(in.bytesRead()).isEqualTo(100);
    assertThat(counter.value()).isZero();
  }
}
