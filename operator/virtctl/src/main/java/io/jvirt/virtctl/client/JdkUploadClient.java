package io.jvirt.virtctl.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/** {@link UploadClient} over the JDK HttpClient. */
public final class JdkUploadClient implements UploadClient {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;

  private JdkUploadClient(HttpClient client) {
    this.client = client;
  }

  /** A client that verifies the proxy with the JVM's default trust, or trusts anything. */
  public static JdkUploadClient open(boolean insecure) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (insecure) {
      builder.sslContext(InsecureTrust.sslContext());
    }
    return new JdkUploadClient(builder.build());
  }

  @Override
  public Response post(URI url, String token, Path file, LongConsumer sent) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream")
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> open(file, sent)), size))
            .build();
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new ConnectionFailedException(url.getScheme() + "://" + url.getAuthority(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionFailedException(url.getScheme() + "://" + url.getAuthority(), e);
    }
  }

  private static InputStream open(Path file, LongConsumer sent) {
    try {
      return new Counting(Files.newInputStream(file), sent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reports each read to the progress callback. */
  private static final class Counting extends FilterInputStream {
    private final LongConsumer sent;

    Counting(InputStream in, LongConsumer sent) {
      super(in);
      this.sent = sent;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        sent.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        sent.accept(n);
      }
      return n;
    }
  }
}
