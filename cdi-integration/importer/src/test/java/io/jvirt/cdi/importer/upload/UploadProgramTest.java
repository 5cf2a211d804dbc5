package io.jvirt.cdi.importer.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.image.QemuImgCli;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.volume.Target;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program from env to outcome: serves until the upload is done, then returns exit 0. */
class UploadProgramTest {
  @TempDir Path tmp;

  @Test
  void servesOneUploadAndEndsWithImportComplete() throws Exception {
    ProcessQemuImg qemu = QemuImgCli.require();
    Path data = Files.createDirectories(tmp.resolve("data"));
    Target target = Target.detect(tmp.resolve("no-block-device"), data, tmp.resolve("scratch"));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, String> env =
        Map.of("UPLOAD_IMAGE_SIZE", "8Mi", "FILESYSTEM_OVERHEAD", "0.055", "OWNER_UID", "uid");
    CompletableFuture<Outcome> program =
        CompletableFuture.supplyAsync(
            () -> UploadProgram.run(env, target, qemu, port, new TestClock()));
    HttpClient http = HttpClient.newHttpClient();
    URI base = URI.create("http://127.0.0.1:" + port);
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(
            () ->
                http.send(
                            HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                    == 200);
    Path raw = tmp.resolve("disk.raw");
    Files.write(raw, new byte[] {1, 2, 3, 4});
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/v1beta1/upload"))
                .PUT(HttpRequest.BodyPublishers.ofFile(raw))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(program.get()).isEqualTo(new Outcome(0, UploadEndpointTest.COMPLETE));
    // 8 MiB / 1.055 = 7.58 MiB -> 7 MiB, whole MiB as upstream
    assertThat(qemu.info(data.resolve("disk.img")).virtualSize()).isEqualTo(7 * 1024 * 1024);
  }

  @Test
  void aBadEnvironmentEndsAtOnce() {
    Outcome outcome =
        UploadProgram.run(
            Map.of("FILESYSTEM_OVERHEAD", "x"),
            Target.detect(tmp.resolve("a"), tmp, tmp.resolve("b")),
            QemuImgCli.require(),
            0,
            new TestClock());
    assertThat(outcome)
        .isEqualTo(new Outcome(1, "Unable to process data: invalid filesystem overhead x"));
  }
}
