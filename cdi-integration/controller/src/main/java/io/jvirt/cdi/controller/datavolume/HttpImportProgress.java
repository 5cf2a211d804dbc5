package io.jvirt.cdi.controller.datavolume;

import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.cdi.contract.ImporterPod;
import io.jvirt.cdi.controller.decide.ProgressMetric;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Scrapes the importer pod's {@code /metrics} on its pod IP, as upstream's controller does. */
public final class HttpImportProgress implements ImportProgress {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public Double percent(Pod pod, String ownerUid) {
    String ip = pod.getStatus() == null ? null : pod.getStatus().getPodIP();
    if (ip == null || ip.isBlank()) {
      return null;
    }
    String host = ip.contains(":") ? "[" + ip + "]" : ip;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + host + ":" + ImporterPod.METRICS_PORT + "/metrics"))
            .timeout(TIMEOUT)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? ProgressMetric.percent(response.body(), ownerUid)
          : null;
    } catch (IOException e) {
      return null; // not listening yet, or gone: the next pass asks again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
