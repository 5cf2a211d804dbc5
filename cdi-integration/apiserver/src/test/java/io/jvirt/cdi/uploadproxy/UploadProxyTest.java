package io.jvirt.cdi.uploadproxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.jvirt.apiserver.http.VirtApiServer;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.testing.TestTls;
import io.jvirt.cdi.uploadproxy.decide.ServiceAddress;
import io.jvirt.cdi.uploadtoken.SigningKeys;
import io.jvirt.cdi.uploadtoken.UploadTokenSigner;
import io.jvirt.daemon.tls.RotatingKeyManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * cdi-uploadproxy end to end over HTTPS: tokens signed with a generated key, the cluster played by
 * a fake, and a local HTTP server playing the PVC's upload server.
 */
class UploadProxyTest {
  private static final String NAMESPACE = "ns";
  private static final String PVC = "disk";
  private static final long LARGE = 128L * 1024 * 1024;

  private final KeyPair keys = SigningKeys.generate();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicReference<PublicKey> published = new AtomicReference<>(keys.getPublic());
  private final FakeTargets targets = new FakeTargets();
  private final UploadServerStub uploadServer = new UploadServerStub();
  private VirtApiServer proxy;
  private HttpClient client;

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** The cluster: PVC annotations and upload Services by namespace/name. */
  private static final class FakeTargets implements UploadTargets {
    final Map<String, Map<String, String>> claims = new ConcurrentHashMap<>();
    final Map<String, ServiceAddress> services = new ConcurrentHashMap<>();

    @Override
    public Optional<Map<String, String>> claimAnnotations(String namespace, String name) {
      return Optional.ofNullable(claims.get(namespace + "/" + name));
    }

    @Override
    public Optional<ServiceAddress> serviceAddress(String namespace, String name) {
      return Optional.ofNullable(services.get(namespace + "/" + name));
    }
  }

  /** The upload server: digests what it receives and answers with the byte count. */
  private static final class UploadServerStub {
    final HttpServer server;
    volatile String path;
    volatile String contentLength;
    volatile String contentType;
    volatile long received;
    volatile String digest;
    volatile int status = 200;

    UploadServerStub() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext(
          "/",
          exchange -> {
            path = exchange.getRequestURI().getPath();
            contentLength = exchange.getRequestHeaders().getFirst("Content-Length");
            contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            MessageDigest sha = sha256();
            long count = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
              for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                count += n;
              }
            }
            received = count;
            digest = HexFormat.of().formatHex(sha.digest());
            byte[] answer = ("received " + count).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }
  }

  @BeforeEach
  void start() throws Exception {
    TestTls tls = TestTls.issue("cdi-uploadproxy");
    UploadProxyHandler handler =
        new UploadProxyHandler(
            new TokenKeys(() -> Optional.ofNullable(published.get()), clock),
            targets,
            new UploadForwarder(),
            clock);
    proxy =
        new VirtApiServer(
            "localhost", 0, new RotatingKeyManager(tls.serving()), List.of(), handler);
    client =
        HttpClient.newBuilder()
            .sslContext(tls.client())
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    targets.claims.put(
        NAMESPACE + "/" + PVC,
        Map.of(CdiAnnotations.UPLOAD_TARGET, "", CdiAnnotations.POD_READY, "true"));
    targets.services.put(
        NAMESPACE + "/cdi-upload-" + PVC, new ServiceAddress("127.0.0.1", uploadServer.port()));
  }

  @AfterEach
  void stop() {
    proxy.close();
    uploadServer.server.stop(0);
  }

  private String token() {
    return new UploadTokenSigner(keys.getPrivate(), clock).sign(NAMESPACE, PVC);
  }

  private HttpResponse<String> upload(String path, String authorization, BodyPublisher body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("https://localhost:" + proxy.port() + path))
            .POST(body)
            .header("Content-Type", "application/octet-stream");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** {@code size} bytes of a fixed pattern, made as they are read. */
  private static InputStream pattern(long size) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < size ? (int) (position++ * 31 % 251) : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(length, size - position);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (byte) (position++ * 31 % 251);
        }
        return n;
      }
    };
  }

  private static String digestOf(long size) throws IOException {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = pattern(size)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLargeUploadStreamsThroughWithItsLength() throws Exception {
    HttpResponse<String> response =
        upload(
            "/v1beta1/upload",
            "Bearer " + token(),
            BodyPublishers.fromPublisher(
                BodyPublishers.ofInputStream(() -> pattern(LARGE)), LARGE));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("received " + LARGE);
    assertThat(uploadServer.path).isEqualTo("/v1beta1/upload");
    assertThat(uploadServer.contentLength).isEqualTo(Long.toString(LARGE));
    assertThat(uploadServer.contentType).isEqualTo("application/octet-stream");
    assertThat(uploadServer.digest).isEqualTo(digestOf(LARGE));
  }

  @Test
  void anUploadOfUnknownLengthStreamsChunked() throws Exception {
    long size = 3L * 1024 * 1024 + 17;

    HttpResponse<String> response =
        upload(
            "/v1beta1/upload-async",
            "Bearer " + token(),
            BodyPublishers.ofInputStream(() -> pattern(size)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(uploadServer.path).isEqualTo("/v1beta1/upload-async");
    assertThat(uploadServer.received).isEqualTo(size);
    assertThat(uploadServer.digest).isEqualTo(digestOf(size));
  }

  @Test
  void theUploadServersFailureIsRelayed() throws Exception {
    uploadServer.status = 507;

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("abc"));

    assertThat(response.statusCode()).isEqualTo(507);
    assertThat(response.body()).isEqualTo("received 3");
  }

  @Test
  void noTokenIs401() throws Exception {
    HttpResponse<String> response = upload("/v1beta1/upload", null, BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("Authorization: Bearer");
    assertThat(uploadServer.path).isNull();
  }

  @Test
  void aTokenOfAnotherKeyIs401() throws Exception {
    String foreign =
        new UploadTokenSigner(SigningKeys.generate().getPrivate(), clock).sign(NAMESPACE, PVC);

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + foreign, BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("invalid upload token");
  }

  @Test
  void anExpiredTokenIs401() throws Exception {
    String token = token();
    clock.advance(Duration.ofMinutes(6));

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token, BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("token expired");
  }

  @Test
  void aKeyCreatedAfterStartIsPickedUp() throws Exception {
    published.set(null);
    assertThat(
            upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("x"))
                .statusCode())
        .isEqualTo(401);
    published.set(keys.getPublic());
    clock.advance(Duration.ofSeconds(6));

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void aPvcWhoseUploadServerIsNotReadyIs503() throws Exception {
    targets.claims.put(NAMESPACE + "/" + PVC, Map.of(CdiAnnotations.UPLOAD_TARGET, ""));

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("upload server not ready");
    assertThat(uploadServer.path).isNull();
  }

  @Test
  void aMissingPvcIs503() throws Exception {
    targets.claims.clear();

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("doesn't exist");
  }

  @Test
  void anUnreachableUploadServerIs502() throws Exception {
    int port = uploadServer.port();
    uploadServer.server.stop(0);
    targets.services.put(NAMESPACE + "/cdi-upload-" + PVC, new ServiceAddress("127.0.0.1", port));

    HttpResponse<String> response =
        upload("/v1beta1/upload", "Bearer " + token(), BodyPublishers.ofString("x"));

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).startsWith("error in upload-proxy");
  }

  @Test
  void healthzAnswersOk() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create("https://localhost:" + proxy.port() + "/healthz"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("OK");
  }
}
