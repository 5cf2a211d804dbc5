package io.jvirt.cdi.importer.clone;

import io.jvirt.cdi.importer.decide.ConnectRetry;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.decide.UploadReply;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.metrics.ProgressInputStream;
import io.jvirt.cdi.importer.run.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs the source disk, gzip-compressed while read, as one chunked request to the upload server's
 * sync path, which answers once the target disk is written; retries while nothing listens yet.
 */
public final class CloneSender {
  private static final System.Logger LOG = System.getLogger(CloneSender.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final Sleeper sleeper;
  private final Clock clock;

  /** A sender using {@code http}, waiting with {@code sleeper} between connection attempts. */
  public CloneSender(HttpClient http, Sleeper sleeper, Clock clock) {
    this.http = http;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** HTTP/1.1 (chunked bodies) with a connect timeout and none on the request. */
  public static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  /** Sends {@code disk} to {@code url}, moving {@code counter} with the bytes read from it. */
  public Outcome send(URI url, SourceDisk disk, ProgressCounter counter) {
    for (int attempt = 1; ; attempt++) {
      try {
        return answer(attempt(url, disk, counter));
      } catch (ConnectException | HttpConnectTimeoutException e) {
        Optional<Duration> delay = ConnectRetry.delayAfter(attempt);
        if (delay.isEmpty()) {
          return failure("cannot connect to " + url + " after " + attempt + " attempts: " + e);
        }
        LOG.log(System.Logger.Level.INFO, "{0} not reachable yet, again in {1}", url, delay.get());
        try {
          sleeper.sleep(delay.get());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return failure("interrupted");
        }
      } catch (IOException e) {
        return failure("sending the disk to " + url + " failed: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failure("interrupted");
      }
    }
  }

  private HttpResponse<String> attempt(URI url, SourceDisk disk, ProgressCounter counter)
      throws IOException, InterruptedException {
    // opened per attempt: a retry starts from the disk's first byte
    try (InputStream body =
        GzipCompressingInputStream.of(
            new ProgressInputStream(disk.open(), disk.size(), counter, clock))) {
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .header("Content-Type", "application/octet-stream")
              .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private static Outcome answer(HttpResponse<String> response) {
    if (UploadReply.accepted(response.statusCode())) {
      return new Outcome(0, TerminationMessages.cloneComplete());
    }
    return failure(UploadReply.refusal(response.statusCode(), response.body()));
  }

  private static Outcome failure(String reason) {
    return new Outcome(1, TerminationMessages.failure(reason));
  }
}
