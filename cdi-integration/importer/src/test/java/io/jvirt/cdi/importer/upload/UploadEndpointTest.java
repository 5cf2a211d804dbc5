package io.jvirt.cdi.importer.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.jvirt.cdi.importer.decide.ImageInfo;
import io.jvirt.cdi.importer.decide.ImportSizes;
import io.jvirt.cdi.importer.decide.UploadSettings;
import io.jvirt.cdi.importer.decide.UploadState;
import io.jvirt.cdi.importer.image.ProcessQemuImg;
import io.jvirt.cdi.importer.image.QemuImgCli;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.TestClock;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.run.Upload;
import io.jvirt.cdi.importer.volume.Target;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real upload server on a free port, writing into a temp /data with the real qemu-img. */
class UploadEndpointTest {
  static final long MIB = 1024L * 1024L;
  static final String COMPLETE =
      "{\"preallocationApplied\":false,\"labels\":{},\"message\":\"Import Complete\"}";

  @TempDir Path tmp;
  private final HttpClient http = HttpClient.newHttpClient();
  private ProcessQemuImg qemu;
  private Path data;
  private Path scratch;
  private byte[] content;
  private Path raw;
  private UploadEndpoint endpoint;

  @BeforeEach
  void images() throws Exception {
    qemu = QemuImgCli.require();
    data = Files.createDirectories(tmp.resolve("data"));
    scratch = Files.createDirectories(tmp.resolve("scratch"));
    content = new byte[(int) (2 * MIB)];
    for (int i = 0; i < content.length; i++) {
      // a zero MiB in the middle exercises the sparse write
      content[i] = i >= MIB / 2 && i < 3 * MIB / 2 ? 0 : (byte) (i % 241);
    }
    raw = tmp.resolve("source.raw");
    Files.write(raw, content);
  }

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private UploadEndpoint start(String imageSize, Target target) throws Exception {
    UploadSettings settings =
        new UploadSettings(ImportSizes.bytes(imageSize), BigDecimal.ZERO, false, "owner");
    ProgressCounter counter = new ProgressCounter("owner");
    endpoint =
        UploadEndpoint.start(
            new InetSocketAddress("127.0.0.1", 0),
            () -> new Upload(settings, target, qemu, counter, new TestClock()),
            counter);
    return endpoint;
  }

  private UploadEndpoint start(String imageSize) throws Exception {
    return start(imageSize, Target.detect(tmp.resolve("no-block-device"), data, scratch));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + endpoint.port() + path);
  }

  private HttpResponse<String> send(String method, String path, Path file) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofFile(file))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Path qcow2(String virtualSize) throws Exception {
    Path qcow2 = tmp.resolve("disk-" + virtualSize + ".qcow2");
    QemuImgCli.run("convert", "-f", "raw", "-O", "qcow2", raw.toString(), qcow2.toString());
    QemuImgCli.run("resize", "-f", "qcow2", qcow2.toString(), virtualSize);
    return qcow2;
  }

  /** A qcow2 magic and garbage after it, as hack/test-media's not-a-disk.qcow2. */
  private Path notADisk() throws Exception {
    byte[] garbage = new byte[4096];
    garbage[0] = 'Q';
    garbage[1] = 'F';
    garbage[2] = 'I';
    garbage[3] = (byte) 0xFB;
    for (int i = 4; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 7);
    }
    return Files.write(tmp.resolve("not-a-disk.qcow2"), garbage);
  }

  private void assertDisk(long virtualSize) throws Exception {
    Path disk = data.resolve("disk.img");
    ImageInfo info = qemu.info(disk);
    assertThat(info.format()).isEqualTo("raw");
    assertThat(info.virtualSize()).isEqualTo(virtualSize);
    try (InputStream in = Files.newInputStream(disk)) {
      assertThat(in.readNBytes(content.length)).isEqualTo(content);
    }
    assertThat(scratch.resolve("tmpimage")).doesNotExist();
  }

  @Test
  void syncUploadOfARawImageAnswersOnceTheDiskIsReady() throws Exception {
    start("64Mi");
    HttpResponse<String> response = send("POST", "/v1beta1/upload", raw);
    assertThat(response.statusCode()).isEqualTo(200);
    assertDisk(64 * MIB);
    assertThat(Files.size(data.resolve("disk.img"))).isEqualTo(64 * MIB);
    assertThat(endpoint.finished()).isCompletedWithValue(new Outcome(0, COMPLETE));
    assertThat(send("PUT", "/v1beta1/upload", raw).statusCode()).isEqualTo(409);
  }

  @Test
  void asyncUploadOfAQcow2ConvertsAfterAnswering() throws Exception {
    start("64Mi");
    HttpResponse<String> response = send("PUT", "/v1beta1/upload-async", qcow2("32M"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(endpoint.finished().get()).isEqualTo(new Outcome(0, COMPLETE));
    assertDisk(64 * MIB);
    assertThat(endpoint.phase()).isEqualTo(UploadState.Phase.DONE);
  }

  @Test
  void aGzippedQcow2OnTheAlphaPathIsUnwrappedAndConverted() throws Exception {
    Path gz = tmp.resolve("disk.qcow2.gz");
    try (InputStream in = Files.newInputStream(qcow2("2M"));
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      in.transferTo(out);
    }
    start("16Mi");
    assertThat(send("POST", "/v1alpha1/upload", gz).statusCode()).isEqualTo(200);
    assertDisk(16 * MIB);
  }

  @Test
  void aFileThatIsNoDiskImageIsRefusedAndARetrySucceeds() throws Exception {
    Path bad = notADisk();
    start("64Mi");

    HttpResponse<String> refused = send("POST", "/v1beta1/upload", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).startsWith("Saving stream failed: qemu-img info failed");
    assertThat(scratch.resolve("tmpimage")).doesNotExist();
    assertThat(data.resolve("disk.img")).doesNotExist();
    assertThat(endpoint.finished()).isNotDone();
    assertThat(endpoint.phase()).isEqualTo(UploadState.Phase.IDLE);

    assertThat(send("POST", "/v1beta1/upload", raw).statusCode()).isEqualTo(200);
    assertDisk(64 * MIB);
  }

  @Test
  void anImageLargerThanTheVolumeIsRefusedNamingBothSizes() throws Exception {
    start("2Mi");
    HttpResponse<String> qcow = send("POST", "/v1beta1/upload", qcow2("8M"));
    assertThat(qcow.statusCode()).isEqualTo(400);
    assertThat(qcow.body())
        .isEqualTo(
            "Saving stream failed: virtual image size 8388608 is larger than the reported"
                + " available storage 2097152. A larger PVC is required");

    Path big = tmp.resolve("big.raw");
    Files.write(big, new byte[(int) (3 * MIB)]);
    HttpResponse<String> plain = send("POST", "/v1beta1/upload", big);
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).contains("virtual image size 3145728", "storage 2097152");
    assertThat(data.resolve("disk.img")).doesNotExist();
    assertThat(endpoint.phase()).isEqualTo(UploadState.Phase.IDLE);
  }

  @Test
  void aFailureAfterAnAsyncAnswerEndsTheProgramWithTheReason() throws Exception {
    Path bad = notADisk();
    start("64Mi");
    assertThat(send("POST", "/v1beta1/upload-async", bad).statusCode()).isEqualTo(200);
    Outcome outcome = endpoint.finished().get();
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.message()).startsWith("Unable to process data: qemu-img info failed");
    assertThat(send("POST", "/v1beta1/upload", raw).statusCode()).isEqualTo(409);
  }

  @Test
  void aSecondUploadWhileOneIsReceivedIsBusy() throws Exception {
    start("64Mi");
    CountDownLatch release = new CountDownLatch(1);
    InputStream slow =
        new SequenceInputStream(
            new ByteArrayInputStream(content, 0, (int) MIB),
            new InputStream() {
              private InputStream rest;

              @Override
              public int read() throws IOException {
                return rest().read();
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                return rest().read(b, off, len);
              }

              private InputStream rest() throws IOException {
                if (rest == null) {
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                  }
                  rest = new ByteArrayInputStream(content, (int) MIB, content.length - (int) MIB);
                }
                return rest;
              }
            });
    CompletableFuture<HttpResponse<String>> first =
        http.sendAsync(
            HttpRequest.newBuilder(uri("/v1beta1/upload"))
                .POST(
                    HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> slow), content.length))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> endpoint.phase() == UploadState.Phase.RECEIVING);

    HttpResponse<String> second = send("POST", "/v1beta1/upload", raw);
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.body()).isEqualTo("upload in progress");

    release.countDown();
    assertThat(first.get().statusCode()).isEqualTo(200);
    assertDisk(64 * MIB);
  }

  @Test
  void aTruncatedUploadIsRefusedAndCleanedUp() throws Exception {
    start("64Mi");
    try (Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1beta1/upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                  + content.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(content, 0, 100_000);
      out.flush();
      socket.shutdownOutput();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400").contains("Saving stream failed: upload");
    }
    assertThat(data.resolve("disk.img")).doesNotExist();
    await().atMost(Duration.ofSeconds(30)).until(() -> endpoint.phase() == UploadState.Phase.IDLE);
    assertThat(send("POST", "/v1beta1/upload", raw).statusCode()).isEqualTo(200);
  }

  @Test
  void rawGoesFromTheStartOfABlockDeviceWithoutResizing() throws Exception {
    Path device = tmp.resolve("cdi-block-volume");
    Files.write(device, new byte[(int) (4 * MIB)]);
    start("64Mi", Target.detect(device, data, scratch));
    assertThat(send("POST", "/v1beta1/upload", raw).statusCode()).isEqualTo(200);
    assertThat(Files.size(device)).isEqualTo(4 * MIB);
    try (InputStream in = Files.newInputStream(device)) {
      assertThat(in.readNBytes(content.length)).isEqualTo(content);
    }
  }

  @Test
  void healthMetricsAndUnknownPaths() throws Exception {
    start("64Mi");
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(uri("/healthz")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("OK");
    HttpResponse<String> metrics =
        http.send(
            HttpRequest.newBuilder(uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(metrics.body())
        .contains("kubevirt_cdi_import_progress_total{ownerUID=\"owner\"} 0.0");
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/v1beta1/upload")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
  }
}
