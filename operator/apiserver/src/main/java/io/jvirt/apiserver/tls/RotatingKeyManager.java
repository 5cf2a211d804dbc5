package io.jvirt.apiserver.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A key manager whose certificate can be swapped while the server runs: handshakes after a swap
 * present the new certificate, connections already open keep theirs, so rotation drops nothing.
 */
public final class RotatingKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "serving";

  private final AtomicReference<KeyMaterial> current;

  /** Starts presenting {@code initial}. */
  public RotatingKeyManager(KeyMaterial initial) {
    current = new AtomicReference<>(initial);
  }

  /** Presents {@code next} from the next handshake on. */
  public void rotate(KeyMaterial next) {
    current.set(next);
  }

  /** The certificate presented now. */
  public KeyMaterial current() {
    return current.get();
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return aliasFor(keyType);
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return aliasFor(keyType);
  }

  /** Only a handshake that can use the key's algorithm (EC) gets it. */
  private String aliasFor(String keyType) {
    return current.get().key().getAlgorithm().equals(keyType) ? ALIAS : null;
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    KeyMaterial material = current.get();
    return new X509Certificate[] {material.certificate(), material.ca()};
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return current.get().key();
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return new String[] {ALIAS};
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return new String[0];
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    return null;
  }
}
