package io.jvirt.daemon.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A key manager whose certificate can be swapped while connections are made: handshakes after a
 * swap present the new certificate, connections already open keep theirs, so rotation drops
 * nothing. It serves the server side of a handshake and, for a client certificate, the client side.
 */
public final class RotatingKeyManager extends X509ExtendedKeyManager {
  /** How many recently chosen certificates stay resolvable by alias. */
  private static final int RECENT = 4;

  private final AtomicReference<KeyMaterial> swapped;
  private final Supplier<KeyMaterial> current;

  /**
   * The certificates handed out lately, by alias (their serial number): a handshake asks for the
   * chain and the key of the alias it chose, and must get both of the same certificate even when a
   * rotation happens in between.
   */
  private final Map<String, KeyMaterial> recent = new ConcurrentHashMap<>();

  /** Starts presenting {@code initial}; {@link #rotate} swaps it. */
  public RotatingKeyManager(KeyMaterial initial) {
    swapped = new AtomicReference<>(initial);
    current = swapped::get;
  }

  private RotatingKeyManager(Supplier<KeyMaterial> source) {
    swapped = null;
    current = source;
  }

  /**
   * Presents whatever {@code source} holds at each handshake (nothing while it holds null, which
   * fails the handshake); {@link #rotate} is not available, the source changes instead.
   */
  public static RotatingKeyManager following(Supplier<KeyMaterial> source) {
    return new RotatingKeyManager(source);
  }

  /** Presents {@code next} from the next handshake on. */
  public void rotate(KeyMaterial next) {
    if (swapped == null) {
      throw new IllegalStateException("this key manager follows a source: change the source");
    }
    swapped.set(next);
  }

  /** The certificate presented now (null when there is none yet). */
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

  @Override
  public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
    return clientAlias(keyTypes);
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    return clientAlias(keyTypes);
  }

  private String clientAlias(String[] keyTypes) {
    return keyTypes == null
        ? null
        : Arrays.stream(keyTypes)
            .map(this::aliasFor)
            .filter(a -> a != null)
            .findFirst()
            .orElse(null);
  }

  /** Only a handshake that can use the key's algorithm (EC) gets it. */
  private String aliasFor(String keyType) {
    KeyMaterial material = current.get();
    if (material == null || !material.key().getAlgorithm().equals(keyType)) {
      return null;
    }
    String alias = material.certificate().getSerialNumber().toString(16);
    if (recent.putIfAbsent(alias, material) == null && recent.size() > RECENT) {
      recent.keySet().removeIf(a -> !a.equals(alias));
    }
    return alias;
  }

  private KeyMaterial material(String alias) {
    KeyMaterial material = alias == null ? null : recent.get(alias);
    return material != null ? material : current.get();
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    KeyMaterial material = material(alias);
    return material == null ? null : new X509Certificate[] {material.certificate(), material.ca()};
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    KeyMaterial material = material(alias);
    return material == null ? null : material.key();
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    String alias = aliasFor(keyType);
    return alias == null ? null : new String[] {alias};
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return getServerAliases(keyType, issuers);
  }
}
