package io.jvirt.cdi.importer.upload;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jvirt.cdi.importer.decide.ImportFailure;
import io.jvirt.cdi.importer.decide.ScratchSpaceRequired;
import io.jvirt.cdi.importer.decide.TerminationMessages;
import io.jvirt.cdi.importer.decide.UploadRoute;
import io.jvirt.cdi.importer.decide.UploadState;
import io.jvirt.cdi.importer.metrics.ProgressCounter;
import io.jvirt.cdi.importer.run.Outcome;
import io.jvirt.cdi.importer.run.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The upload pod's HTTP server (upstream cdi-uploadserver): takes one upload on the sync or async
 * paths, answers health and progress, and completes {@link #finished()} when the program may end.
 */
public final class UploadEndpoint implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(UploadEndpoint.class.getName());

  /** Enough handler threads to refuse concurrent uploads while one is running. */
  private static final int THREADS = 4;

  /** Most bytes of a refused upload read before answering. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Supplier<Upload> uploads;
  private final ProgressCounter counter;
  private final UploadState state = new UploadState();
  private final CompletableFuture<Outcome> finished = new CompletableFuture<>();

  private UploadEndpoint(
      HttpServer server,
      ExecutorService threads,
      Supplier<Upload> uploads,
      ProgressCounter counter) {
    this.server = server;
    this.threads = threads;
    this.uploads = uploads;
    this.counter = counter;
  }

  /** Starts serving on {@code address}; each upload attempt gets a fresh {@link Upload}. */
  public static UploadEndpoint start(
      InetSocketAddress address, Supplier<Upload> uploads, ProgressCounter counter)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread thread = new Thread(task, "upload-server");
              thread.setDaemon(true);
              return thread;
            });
    UploadEndpoint endpoint = new UploadEndpoint(server, threads, uploads, counter);
    server.createContext("/", endpoint::handle);
    server.setExecutor(threads);
    server.start();
    return endpoint;
  }

  /** The port listened on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The upload's phase. */
  public UploadState.Phase phase() {
    return state.phase();
  }

  /** Completes with the program's outcome once the upload succeeded or async processing failed. */
  public CompletableFuture<Outcome> finished() {
    return finished;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      UploadRoute route =
          UploadRoute.of(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
      switch (route) {
        case HEALTH -> answer(exchange, 200, "OK");
        case METRICS -> answer(exchange, 200, counter.exposition());
        case SYNC, ASYNC -> upload(exchange, route == UploadRoute.ASYNC);
        case NOT_FOUND -> answer(exchange, 404, "not found");
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "request failed", e);
    }
  }

  private void upload(HttpExchange exchange, boolean async) throws IOException {
    UploadState.Admission admission = state.begin();
    if (admission != UploadState.Admission.ACCEPTED) {
      LOG.log(System.Logger.Level.WARNING, "upload refused: {0}", admission.text());
      answer(exchange, admission.status(), admission.text());
      return;
    }
    Upload upload = uploads.get();
    try {
      upload.receive(exchange.getRequestBody(), contentLength(exchange));
    } catch (Exception e) {
      reject(exchange, e);
      return;
    }
    state.received();
    if (async) {
      answerQuietly(exchange, 200);
    }
    try {
      upload.process();
    } catch (Exception e) {
      if (!async) {
        reject(exchange, e);
        return;
      }
      LOG.log(System.Logger.Level.ERROR, "processing the upload failed", e);
      state.failed();
      finished.complete(new Outcome(1, TerminationMessages.failure(reason(e))));
      return;
    }
    state.succeeded();
    if (!async) {
      answerQuietly(exchange, 200);
    }
    LOG.log(System.Logger.Level.INFO, "upload complete");
    finished.complete(new Outcome(0, TerminationMessages.complete(false, Map.of())));
  }

  /** Answers and closes; a client gone by now changes nothing, the image is in either way. */
  private static void answerQuietly(HttpExchange exchange, int status) {
    try {
      answer(exchange, status, "");
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot answer the upload", e);
    } finally {
      exchange.close();
    }
  }

  /** Upstream answers its own validation failures with 400, anything else with 500. */
  private void reject(HttpExchange exchange, Exception e) throws IOException {
    LOG.log(System.Logger.Level.ERROR, "upload failed", e);
    state.rejected();
    boolean usersFault = e instanceof ImportFailure && !(e instanceof ScratchSpaceRequired);
    answer(exchange, usersFault ? 400 : 500, "Saving stream failed: " + reason(e));
  }

  /**
   * Reads what the client still sends, so it gets to read the answer instead of a reset (closing a
   * socket with unread input resets it); bounded, so a huge refused upload is cut off instead of
   * streamed to its end for nothing.
   */
  private static void drain(HttpExchange exchange) {
    try {
      InputStream body = exchange.getRequestBody();
      byte[] buffer = new byte[64 * 1024];
      long left = DRAIN_LIMIT;
      int n;
      while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "the client stopped sending", e);
    }
  }

  private static String reason(Exception e) {
    return e instanceof ImportFailure ? e.getMessage() : e.toString();
  }

  private static long contentLength(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    drain(exchange);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(1);
    threads.shutdownNow();
  }
}
