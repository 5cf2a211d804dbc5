package io.jvirt.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.jvirt.controller.ratelimit.TokenBucket;
import io.jvirt.controller.runtime.ApiRequestMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.locks.LockSupport;

/** Kubernetes clients whose requests honour a QPS/burst budget, like client-go's rate limiter. */
public final class RateLimitedClients {
  private RateLimitedClients() {}

  /**
   * A client from the usual sources (kubeconfig, in-cluster), limited to {@code qps}/{@code burst},
   * its requests counted in {@code registry}.
   */
  public static KubernetesClient create(float qps, int burst, MeterRegistry registry) {
    TokenBucket bucket = new TokenBucket(qps, burst, Clock.systemUTC());
    Interceptor limiter =
        new Interceptor() {
          @Override
          public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
            if (request.uri().getQuery() != null
                && request.uri().getQuery().contains("watch=true")) {
              return; // long-running watches do not count against the budget
            }
            long wait = bucket.take();
            if (wait > 0) {
              LockSupport.parkNanos(wait);
            }
          }
        };
    return new KubernetesClientBuilder()
        .withHttpClientBuilderConsumer(
            b ->
                b.addOrReplaceInterceptor("jvirt-qps", limiter)
                    .addOrReplaceInterceptor(
                        ApiRequestMetrics.NAME, new ApiRequestMetrics(registry)))
        .build();
  }
}
