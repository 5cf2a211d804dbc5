package io.jvirt.apiserver.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.jvirt.daemon.tls.RotatingKeyManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * virt-api's HTTPS listener: serves with a rotating certificate and asks for (without requiring) a
 * client certificate of the front-proxy CA, which is how aggregated API calls identify themselves;
 * webhook calls come without one.
 */
public final class VirtApiServer implements AutoCloseable {
  private final HttpsServer server;
  private final ExecutorService executor;

  /**
   * Listens on {@code address:port} (0 picks a free port) and hands every request to {@code
   * handler}.
   */
  public VirtApiServer(
      String address,
      int port,
      RotatingKeyManager keys,
      List<X509Certificate> clientCas,
      HttpHandler handler) {
    try {
      server = HttpsServer.create(new InetSocketAddress(address, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SSLContext context = context(keys, clientCas);
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters parameters) {
            SSLParameters ssl = context.getDefaultSSLParameters();
            ssl.setWantClientAuth(true);
            parameters.setSSLParameters(ssl);
          }
        });
    server.createContext("/", handler);
    executor = Executors.newFixedThreadPool(16);
    server.setExecutor(executor);
    server.start();
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static SSLContext context(RotatingKeyManager keys, List<X509Certificate> clientCas) {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      for (int i = 0; i < clientCas.size(); i++) {
        trusted.setCertificateEntry("client-ca-" + i, clientCas.get(i));
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {keys}, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot set up virt-api's TLS", e);
    }
  }
}
