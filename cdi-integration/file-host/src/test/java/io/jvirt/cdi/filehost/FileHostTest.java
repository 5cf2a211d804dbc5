package io.jvirt.cdi.filehost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file host over real HTTP: files, lengths, 404s, traversal refused, gzip forms. */
class FileHostTest {
  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private Path root;
  private byte[] disk;
  private FileHost host;

  @BeforeEach
  void start() throws IOException {
    root = Files.createDirectories(dir.resolve("root"));
    // more than one buffer, not compressible to nothing
    disk = new byte[300_000];
    new Random(7).nextBytes(disk);
    Files.write(root.resolve("disk.qcow2"), disk);
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/small.txt"), "hello\n");
    Files.writeString(root.resolve("empty.img"), "");
    Files.writeString(dir.resolve("secret"), "outside the root\n");
    host = FileHost.start(root, 0);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void getReturnsTheFileWithItsLength() throws Exception {
    HttpResponse<byte[]> response = get("/disk.qcow2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(disk);
    assertThat(response.headers().firstValueAsLong("content-length")).hasValue(disk.length);
    assertThat(get("/sub/small.txt").body()).asString().isEqualTo("hello\n");
  }

  @Test
  void emptyFilesAreServed() throws Exception {
    HttpResponse<byte[]> response = get("/empty.img");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void headGivesTheLengthAndNoBody() throws Exception {
    HttpResponse<byte[]> response = send("HEAD", "/disk.qcow2");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValueAsLong("content-length")).hasValue(disk.length);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void missingFilesAndDirectoriesAre404() throws Exception {
    assertThat(get("/nothing.img").statusCode()).isEqualTo(404);
    assertThat(send("HEAD", "/nothing.img").statusCode()).isEqualTo(404);
    assertThat(get("/sub").statusCode()).isEqualTo(404);
    assertThat(get("/").statusCode()).isEqualTo(404);
  }

  @Test
  void pathsClimbingOutOfTheRootAreRefused() throws Exception {
    for (String path : new String[] {"/../secret", "/sub/../../secret", "/%2e%2e/secret"}) {
      HttpResponse<byte[]> response = get(path);

      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(response.body()).as(path).asString().doesNotContain("outside the root");
    }
  }

  @Test
  void symbolicLinksOutOfTheRootAreNotFollowed() throws Exception {
    Files.createSymbolicLink(root.resolve("escape"), dir.resolve("secret"));

    assertThat(get("/escape").statusCode()).isEqualTo(404);
  }

  @Test
  void gzipFormIsCompressedOnTheFly() throws Exception {
    HttpResponse<byte[]> response = get("/disk.qcow2.gz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-length")).isEmpty();
    assertThat(response.headers().firstValue("content-type")).hasValue("application/gzip");
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(disk);
    }
    assertThat(send("HEAD", "/disk.qcow2.gz").statusCode()).isEqualTo(200);
    assertThat(get("/nothing.gz").statusCode()).isEqualTo(404);
  }

  @Test
  void otherMethodsAreRefused() throws Exception {
    HttpResponse<byte[]> response = send("DELETE", "/disk.qcow2");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(Files.exists(root.resolve("disk.qcow2"))).isTrue();
  }

  @Test
  void healthzAnswers200() throws Exception {
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void portComesFromTheEnvironment() {
    assertThat(FileHostMain.port(Map.of())).isEqualTo(8080);
    assertThat(FileHostMain.port(Map.of("FILE_HOST_PORT", "9090"))).isEqualTo(9090);
    assertThatThrownBy(() -> FileHostMain.port(Map.of("FILE_HOST_PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FILE_HOST_PORT");
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return send("GET", path);
  }

  private HttpResponse<byte[]> send(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + host.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
