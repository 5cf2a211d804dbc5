package io.jvirt.virtctl.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jvirt.testing.TestCertificates;
import io.jvirt.virtctl.client.ConnectionFailedException;
import io.jvirt.virtctl.client.JdkUploadClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload over real HTTPS to a proxy whose certificate names another host. */
class ImageUploaderTest {
  /** What the test proxy received. */
  record Received(String path, String authorization, String length, byte[] body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private HttpsServer server;
  private URI proxy;
  @TempDir Path dir;
  private Path image;
  private byte[] bytes;

  @BeforeEach
  void start() throws IOException {
    bytes = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(bytes);
    image = dir.resolve("disk.img");
    Files.write(image, bytes);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(TestCertificates.forNames("proxy.jvirt.invalid").serverContext()));
    proxy = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void insecureStreamsTheExactBytesWithTheBearerToken() {
    server.createContext("/v1beta1/upload-async", exchange -> answer(exchange, 200, ""));
    server.start();

    uploader(true).upload(proxy, "tok", image, bytes.length);

    assertThat(received).hasSize(1);
    Received request = received.get(0);
    assertThat(request.path()).isEqualTo("/v1beta1/upload-async");
    assertThat(request.authorization()).isEqualTo("Bearer tok");
    assertThat(request.length()).isEqualTo(Integer.toString(bytes.length));
    assertThat(request.body()).isEqualTo(bytes);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .endsWith("3.00 MiB / 3.00 MiB [========================================] 100.00%\n");
  }

  @Test
  void aProxyWithoutTheAsyncPathGetsTheSyncOne() {
    server.createContext("/v1beta1/upload-async", exchange -> answer(exchange, 404, "no"));
    server.createContext("/v1beta1/upload", exchange -> answer(exchange, 200, ""));
    server.start();

    uploader(true).upload(proxy, "tok", image, bytes.length);

    assertThat(received)
        .extracting(Received::path)
        .containsExactly("/v1beta1/upload-async", "/v1beta1/upload");
    assertThat(received.get(1).body()).isEqualTo(bytes);
  }

  @Test
  void aFailureNamesTheStatusAndBody() {
    server.createContext("/", exchange -> answer(exchange, 400, "bad token"));
    server.start();

    assertThatThrownBy(() -> uploader(true).upload(proxy, "tok", image, bytes.length))
        .hasMessage("unexpected return value 400, bad token");
  }

  @Test
  void withoutInsecureAnUntrustedCertificateIsRefused() {
    server.createContext("/", exchange -> answer(exchange, 200, ""));
    server.start();

    assertThatThrownBy(() -> uploader(false).upload(proxy, "tok", image, bytes.length))
        .isInstanceOf(ConnectionFailedException.class);
    assertThat(received).isEmpty();
  }

  private ImageUploader uploader(boolean insecure) {
    return new ImageUploader(
        JdkUploadClient.open(insecure),
        new UploadProgress(new PrintStream(printed, true, StandardCharsets.UTF_8), false));
  }

  private void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    received.add(
        new Received(
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Length"),
            body));
    byte[] answer = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
