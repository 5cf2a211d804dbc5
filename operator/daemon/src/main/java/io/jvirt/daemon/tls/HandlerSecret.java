package io.jvirt.daemon.tls;

import io.jvirt.contract.HandlerApi;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of Secret {@link HandlerApi#SERVER_SECRET}, which virt-api writes and every virt-handler
 * reads: the handler's serving certificate and key, and the CAs whose clients it accepts (PEM,
 * base64 as Secrets hold it).
 */
public final class HandlerSecret {
  private HandlerSecret() {}

  /** The Secret data for {@code serving}, trusting clients of {@code trusted}. */
  public static Map<String, String> data(KeyMaterial serving, List<X509Certificate> trusted) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(HandlerApi.CERT, encode(Pem.write(serving.certificate())));
    data.put(HandlerApi.KEY, encode(Pem.write(serving.key())));
    data.put(HandlerApi.CA_BUNDLE, encode(Pem.write(trusted.toArray())));
    return data;
  }

  /** What {@code data} holds; empty when a part is missing or unreadable. */
  public static Optional<TlsMaterial> read(Map<String, String> data) {
    if (data == null) {
      return Optional.empty();
    }
    try {
      String cert = decode(data.get(HandlerApi.CERT));
      String key = decode(data.get(HandlerApi.KEY));
      String bundle = decode(data.get(HandlerApi.CA_BUNDLE));
      if (cert == null || key == null || bundle == null) {
        return Optional.empty();
      }
      List<X509Certificate> certificates = Pem.certificates(cert);
      List<X509Certificate> trusted = Pem.certificates(bundle);
      if (certificates.isEmpty() || trusted.isEmpty()) {
        return Optional.empty();
      }
      X509Certificate leaf = certificates.get(0);
      KeyMaterial identity = new KeyMaterial(leaf, Pem.privateKey(key), issuer(leaf, trusted));
      return Optional.of(new TlsMaterial(identity, trusted));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The CA of {@code trusted} that signed {@code leaf} (the first one if none did). */
  private static X509Certificate issuer(X509Certificate leaf, List<X509Certificate> trusted) {
    for (X509Certificate ca : trusted) {
      try {
        leaf.verify(ca.getPublicKey());
        return ca;
      } catch (GeneralSecurityException e) {
        // not this one
      }
    }
    return trusted.get(0);
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static String decode(String value) {
    return value == null
        ? null
        : new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
  }
}
