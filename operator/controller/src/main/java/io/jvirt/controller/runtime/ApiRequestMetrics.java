package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Counts the component's API requests by verb, resource and status code, as {@code
 * rest_client_requests_total} (client-go's metric name) on {@code /metrics}.
 */
public final class ApiRequestMetrics implements Interceptor {
  /** Name under which the interceptor is installed on the HTTP client. */
  public static final String NAME = "jvirt-metrics";

  private final MeterRegistry registry;

  /** Counters registered in {@code registry}. */
  public ApiRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void after(
      HttpRequest request,
      HttpResponse<?> response,
      AsyncBody.Consumer<List<ByteBuffer>> consumer) {
    ApiRequestKind kind = ApiRequestKind.of(request.method(), request.uri());
    Counter.builder("rest.client.requests")
        .description("API requests by verb, resource and HTTP status code")
        .tag("verb", kind.verb())
        .tag("resource", kind.resource())
        .tag("code", Integer.toString(response.code()))
        .register(registry)
        .increment();
  }
}
