package io.jvirt.cdi.importer.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** The TLS context of the http source: system CAs plus a mounted CA directory, or no checks. */
public final class TlsTrust {
  private TlsTrust() {}

  /** Trusts the JDK's CAs and every PEM certificate in the files of {@code caDirs}. */
  public static SSLContext trusting(List<Path> caDirs) throws IOException {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (X509Certificate ca : systemTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("system-" + i++, ca);
      }
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Path dir : caDirs) {
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            try (InputStream in = Files.newInputStream(file)) {
              for (Certificate ca : factory.generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, ca);
              }
            }
          }
        }
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot build the CA pool from " + caDirs, e);
    }
  }

  /** Accepts any certificate (INSECURE_TLS=true, the DataVolume's insecureSkipVerify). */
  public static SSLContext insecure() throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot build an insecure TLS context", e);
    }
  }

  private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init((KeyStore) null);
    for (TrustManager tm : tmf.getTrustManagers()) {
      if (tm instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no system X509 trust manager");
  }

  /** Trusts every chain and every host name (extended, so the JDK adds no host name check). */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // insecure on purpose
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // insecure on purpose
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
      // insecure on purpose
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
      // insecure on purpose
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      // insecure on purpose
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      // insecure on purpose
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
