package io.jvirt.apiserver.tls;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.Pem;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An aggregated server's CA and serving certificate (virt-api's by default), kept in one Secret so
 * every replica serves a certificate of the same CA; renewed by whichever replica notices first,
 * the others adopt it.
 *
 * <p>A CA is replaced in two steps so no caller ever meets an unknown CA: the next CA is first
 * published in the caBundle next to the current one, and only a check interval later does it sign
 * the served certificate; the old CA stays in the bundle until the following renewal.
 */
public final class ServingCertificates {
  /** Name of the Secret holding the CAs and the serving certificate. */
  public static final String SECRET = "virt-api-certs";

  private static final String CA = "ca";
  private static final String NEXT_CA = "next-ca";
  private static final String PREVIOUS_CA = "previous-ca";
  private static final String TLS = "tls";

  private final KubernetesClient client;
  private final String namespace;
  private final String secret;
  private final String component;
  private final List<String> dnsNames;
  private final CertificateValidity validity;
  private final CertificateIssuer issuer;
  private final Clock clock;

  /** virt-api's certificates for {@code dnsNames}, stored in {@code namespace}. */
  public ServingCertificates(
      KubernetesClient client,
      String namespace,
      List<String> dnsNames,
      CertificateValidity validity,
      Clock clock) {
    this(client, namespace, SECRET, "virt-api", dnsNames, validity, clock);
  }

  /**
   * Certificates of {@code component} for {@code dnsNames}, stored in Secret {@code secret} of
   * {@code namespace}.
   */
  public ServingCertificates(
      KubernetesClient client,
      String namespace,
      String secret,
      String component,
      List<String> dnsNames,
      CertificateValidity validity,
      Clock clock) {
    this.client = client;
    this.namespace = namespace;
    this.secret = secret;
    this.component = component;
    this.dnsNames = List.copyOf(dnsNames);
    this.validity = validity;
    this.issuer = new CertificateIssuer(clock);
    this.clock = clock;
  }

  /**
   * The serving material to use now and the CA behind it, renewing what is due; {@code publishCa}
   * receives the caBundle to trust whenever it changes, before a certificate of a new CA is served.
   */
  public Issued ensure(Consumer<String> publishCa) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Secret stored = client.secrets().inNamespace(namespace).withName(secret).get();
      State state = State.read(stored);
      State next = renew(state);
      if (next == state) {
        return state.issued();
      }
      if (!next.bundle().equals(state.bundle())) {
        publishCa.accept(next.bundle());
      }
      try {
        store(stored, next);
        return next.issued();
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        // another replica renewed first: take what it wrote
      }
    }
    throw new IllegalStateException(
        "could not settle the " + component + " certificates in " + secret);
  }

  /**
   * What {@link #ensure} settled on: virt-api's serving certificate, the CA that signs certificates
   * now (whose key issues virt-handler's and virt-api's client certificates) and every CA to trust
   * (current, staged next, retired previous).
   */
  public record Issued(KeyMaterial serving, KeyMaterial ca, List<X509Certificate> trusted) {

    /** An immutable copy of the trusted CAs. */
    public Issued {
      trusted = List.copyOf(trusted);
    }
  }

  /** The caBundle of what is stored now. */
  public String currentBundle() {
    return State.read(client.secrets().inNamespace(namespace).withName(secret).get()).bundle();
  }

  /** How often to check for renewal: a tenth of the serving lifetime, at most a minute. */
  public Duration checkInterval() {
    Duration tenth = validity.serving().dividedBy(10);
    return tenth.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : tenth;
  }

  /** The state after renewing what is due; {@code state} itself when nothing is. */
  private State renew(State state) {
    var now = clock.instant();
    if (state.ca == null) {
      KeyMaterial ca = issuer.newCa("jvirt-" + component + "-ca", validity.ca());
      return new State(ca, null, null, serve(ca));
    }
    if (state.nextCa != null
        && !now.isBefore(
            state
                .nextCa
                .notBefore()
                .plus(CertificateIssuer.backdate(validity.ca()))
                .plus(checkInterval()))) {
      return new State(state.nextCa, null, state.ca, serve(state.nextCa));
    }
    if (state.nextCa == null && RotationPolicy.needsRenewal(state.ca, now)) {
      KeyMaterial nextCa = issuer.newCa("jvirt-" + component + "-ca", validity.ca());
      return new State(
          state.ca, nextCa, null, state.serving == null ? serve(state.ca) : state.serving);
    }
    if (state.serving == null || RotationPolicy.needsRenewal(state.serving, now)) {
      return new State(state.ca, state.nextCa, state.previousCa, serve(state.ca));
    }
    return state;
  }

  private KeyMaterial serve(KeyMaterial ca) {
    return issuer.issue(ca, component, dnsNames, validity.serving());
  }

  private void store(Secret existing, State state) {
    Map<String, String> data = new LinkedHashMap<>();
    put(data, CA, state.ca);
    put(data, NEXT_CA, state.nextCa);
    if (state.previousCa != null) {
      data.put(PREVIOUS_CA + ".crt", encode(Pem.write(state.previousCa.certificate())));
    }
    data.put(TLS + ".crt", encode(Pem.write(state.serving.certificate())));
    data.put(TLS + ".key", encode(Pem.write(state.serving.key())));
    SecretBuilder builder =
        new SecretBuilder()
            .withNewMetadata()
            .withName(secret)
            .withNamespace(namespace)
            .addToLabels("app.kubernetes.io/component", component)
            .endMetadata()
            .withType("Opaque")
            .withData(data);
    if (existing == null) {
      client.secrets().inNamespace(namespace).resource(builder.build()).create();
    } else {
      builder
          .editMetadata()
          .withResourceVersion(existing.getMetadata().getResourceVersion())
          .endMetadata();
      client.secrets().inNamespace(namespace).resource(builder.build()).update();
    }
  }

  private static void put(Map<String, String> data, String prefix, KeyMaterial ca) {
    if (ca != null) {
      data.put(prefix + ".crt", encode(Pem.write(ca.certificate())));
      data.put(prefix + ".key", encode(Pem.write(ca.key())));
    }
  }

  /** The base64 {@code caBundle} trusting every one of {@code cas}. */
  public static String caBundle(X509Certificate... cas) {
    return Base64.getEncoder()
        .encodeToString(Pem.write((Object[]) cas).getBytes(StandardCharsets.US_ASCII));
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** What the Secret holds: the CA, the staged next CA, the retired CA, the served certificate. */
  private record State(
      KeyMaterial ca, KeyMaterial nextCa, KeyMaterial previousCa, KeyMaterial serving) {

    static State read(Secret secret) {
      if (secret == null || secret.getData() == null) {
        return new State(null, null, null, null);
      }
      KeyMaterial ca = ca(secret, CA);
      X509Certificate previous = certificate(secret, PREVIOUS_CA + ".crt");
      KeyMaterial serving = null;
      X509Certificate cert = certificate(secret, TLS + ".crt");
      String key = decode(secret, TLS + ".key");
      if (ca != null && cert != null && key != null) {
        serving = new KeyMaterial(cert, Pem.privateKey(key), ca.certificate());
      }
      return new State(
          ca,
          ca(secret, NEXT_CA),
          previous == null ? null : new KeyMaterial(previous, null, previous),
          serving);
    }

    /** The caBundle of the CAs to trust. */
    String bundle() {
      return caBundle(trusted().toArray(X509Certificate[]::new));
    }

    /** The CAs to trust: current, staged next and retired previous. */
    List<X509Certificate> trusted() {
      List<X509Certificate> cas = new ArrayList<>();
      for (KeyMaterial material : new KeyMaterial[] {ca, nextCa, previousCa}) {
        if (material != null) {
          cas.add(material.certificate());
        }
      }
      return cas;
    }

    Issued issued() {
      return new Issued(serving, ca, trusted());
    }

    private static KeyMaterial ca(Secret secret, String prefix) {
      X509Certificate cert = certificate(secret, prefix + ".crt");
      String key = decode(secret, prefix + ".key");
      return cert == null || key == null ? null : new KeyMaterial(cert, Pem.privateKey(key), cert);
    }

    private static X509Certificate certificate(Secret secret, String key) {
      String pem = decode(secret, key);
      return pem == null ? null : Pem.certificates(pem).get(0);
    }

    private static String decode(Secret secret, String key) {
      String value = secret.getData().get(key);
      return value == null
          ? null
          : new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
    }
  }
}
