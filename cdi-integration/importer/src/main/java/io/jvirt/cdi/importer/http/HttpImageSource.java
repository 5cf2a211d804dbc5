package io.jvirt.cdi.importer.http;

import io.jvirt.cdi.importer.decide.ImportFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;

/** Reads the image over http(s) with the JDK's HttpClient (upstream http-datasource.go). */
public final class HttpImageSource implements ImageSource {
  /** Upstream's User-Agent, which some servers are configured for. */
  public static final String USER_AGENT = "cdi-golang-importer";

  private final HttpClient client;
  private final URI endpoint;
  private final String authorization;
  private final List<String> extraHeaders;

  /**
   * A source for {@code endpoint}.
   *
   * @param accessKeyId with {@code secretKey}: basic auth, empty for none
   * @param extraHeaders {@code Name: value} lines
   */
  public HttpImageSource(
      URI endpoint,
      SSLContext tls,
      String accessKeyId,
      String secretKey,
      List<String> extraHeaders) {
    this.client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    this.endpoint = endpoint;
    this.authorization =
        accessKeyId.isEmpty() && secretKey.isEmpty()
            ? ""
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (accessKeyId + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
    this.extraHeaders = List.copyOf(extraHeaders);
  }

  @Override
  public Body open() throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint).GET().header("User-Agent", USER_AGENT);
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    for (String header : extraHeaders) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
      }
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new ImportFailure("Unable to connect to http data source: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while connecting to " + endpoint, e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new ImportFailure(
          "expected status code 200, got "
              + response.statusCode()
              + ". Status: "
              + response.statusCode());
    }
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new Body(response.body(), length);
  }
}
