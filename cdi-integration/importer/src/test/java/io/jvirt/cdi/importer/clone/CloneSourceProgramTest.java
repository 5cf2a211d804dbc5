package io.jvirt.cdi.importer.clone;

import static org.assertj.core.api.Assertions.assertThat;

import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.run.Outcome;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program from env to outcome, serving its progress while it sends. */
class CloneSourceProgramTest {
  @TempDir Path tmp;

  private SourcePaths paths() {
    return new SourcePaths(tmp.resolve("no-block"), tmp.resolve("source"), tmp.resolve("sys"));
  }

  private static CloneSender sender() {
    return new CloneSender(
        CloneSender.client(),
        d -> {
          throw new AssertionError("no retry expected");
        },
        new TestClock());
  }

  @Test
  void withoutUploadUrlItEndsAtOnce() {
    assertThat(CloneSourceProgram.run(Map.of("OWNER_UID", "x"), paths(), 0, sender()))
        .isEqualTo(new Outcome(1, "Unable to process data: UPLOAD_URL is not set"));
  }

  @Test
  void withoutDiskImgItEndsAtOnce() throws Exception {
    Files.createDirectories(tmp.resolve("source"));
    assertThat(
            CloneSourceProgram.run(
                Map.of("UPLOAD_URL", "http://127.0.0.1:1/"), paths(), 0, sender()))
        .isEqualTo(
            new Outcome(
                1,
                "Unable to process data: source disk.img not found in " + tmp.resolve("source")));
  }

  @Test
  void servesTheCloneProgressWhileSending() throws Exception {
    Files.write(
        Files.createDirectories(tmp.resolve("source")).resolve("disk.img"), new byte[100_000]);
    int metricsPort;
    try (ServerSocket free = new ServerSocket(0)) {
      metricsPort = free.getLocalPort();
    }
    HttpClient http = HttpClient.newHttpClient();
    AtomicReference<String> metricsSeen = new AtomicReference<>();
    // the stub asks for the metrics after reading the body and before answering
    try (StubUploadServer stub =
        StubUploadServer.start(
            0,
            200,
            "",
            () ->
                metricsSeen.set(
                    http.send(
                            HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                                .build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body()))) {
      Map<String, String> env =
          Map.of(
              "UPLOAD_URL",
              "http://127.0.0.1:" + stub.port() + "/v1beta1/upload",
              "OWNER_UID",
              "dv-uid");
      Outcome outcome = CloneSourceProgram.run(env, paths(), metricsPort, sender());
      assertThat(outcome.exitCode()).isZero();
      assertThat(outcome.message()).contains("\"message\":\"Clone Complete\"");
      assertThat(stub.received().body()).hasSize(100_000);
    }
    assertThat(metricsSeen.get())
        .contains("kubevirt_cdi_clone_progress_total{ownerUID=\"dv-uid\"} 100.0");
  }
}
