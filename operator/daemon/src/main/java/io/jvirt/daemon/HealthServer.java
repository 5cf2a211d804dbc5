package io.jvirt.daemon;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/** Serves /healthz, /readyz and /metrics (Prometheus) for a jvirt component. */
public final class HealthServer implements AutoCloseable {
  private final HttpServer server;

  /** Listens on {@code address:port}; readiness is asked of {@code ready} on each request. */
  public HealthServer(
      String address, int port, BooleanSupplier ready, PrometheusMeterRegistry registry) {
    try {
      server = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ":" + port, e);
    }
    server.createContext("/healthz", exchange -> respond(exchange, 200, "ok"));
    server.createContext(
        "/readyz",
        exchange -> {
          boolean isReady = ready.getAsBoolean();
          respond(exchange, isReady ? 200 : 503, isReady ? "ok" : "not ready");
        });
    server.createContext("/metrics", exchange -> respond(exchange, 200, registry.scrape()));
    server.start();
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
