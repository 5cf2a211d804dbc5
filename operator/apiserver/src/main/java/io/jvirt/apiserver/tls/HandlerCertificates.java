package io.jvirt.apiserver.tls;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.contract.Components;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.CertificateIssuer;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.KeyMaterial;
import io.jvirt.daemon.tls.TlsMaterial;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificates of the mutual TLS between virt-api and virt-handler, issued by virt-api's CA
 * (upstream's names and identities):
 *
 * <ul>
 *   <li>virt-handler's serving certificate, common name {@link HandlerApi#SERVER_COMMON_NAME}, no
 *       host name (handlers are reached by pod IP), kept with the CAs to trust in Secret {@link
 *       HandlerApi#SERVER_SECRET}, which every virt-handler watches;
 *   <li>virt-api's client certificate, common name {@link HandlerApi#CLIENT_COMMON_NAME}, which
 *       each replica issues itself and keeps in memory only (it holds the CA's key anyway).
 * </ul>
 *
 * <p>Both follow the CA's rotation: the Secret's CA bundle is rewritten as soon as a next CA is
 * staged (so handlers trust it a check interval before it signs anything), and both certificates
 * are issued anew once the next CA signs, or when 80% of their lifetime has passed.
 */
public final class HandlerCertificates {
  private static final Logger LOG = LoggerFactory.getLogger(HandlerCertificates.class);

  private final KubernetesClient client;
  private final String namespace;
  private final CertificateValidity validity;
  private final CertificateIssuer issuer;
  private final Clock clock;
  private KeyMaterial clientCertificate;

  /** Certificates of {@code validity}'s serving lifetime, the Secret in {@code namespace}. */
  public HandlerCertificates(
      KubernetesClient client, String namespace, CertificateValidity validity, Clock clock) {
    this.client = client;
    this.namespace = namespace;
    this.validity = validity;
    this.issuer = new CertificateIssuer(clock);
    this.clock = clock;
  }

  /**
   * Brings Secret {@link HandlerApi#SERVER_SECRET} in line with {@code issued}, writing it only
   * when its certificate needs issuing anew or its CA bundle is not {@code issued}'s.
   */
  public void ensureServer(ServingCertificates.Issued issued) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Secret secret =
          client.secrets().inNamespace(namespace).withName(HandlerApi.SERVER_SECRET).get();
      Optional<TlsMaterial> stored = HandlerSecret.read(secret == null ? null : secret.getData());
      KeyMaterial serving = stored.map(TlsMaterial::identity).orElse(null);
      boolean reissue = RotationPolicy.needsReissue(serving, issued.ca(), clock.instant());
      if (!reissue && stored.get().trusted().equals(issued.trusted())) {
        return;
      }
      if (reissue) {
        serving =
            issuer.issue(issued.ca(), HandlerApi.SERVER_COMMON_NAME, List.of(), validity.serving());
      }
      try {
        store(secret, HandlerSecret.data(serving, issued.trusted()));
        LOG.info(
            "{} virt-handler's certificate in {}",
            reissue ? "issued" : "re-published",
            HandlerApi.SERVER_SECRET);
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw e;
        }
        // another replica wrote first: look again
      }
    }
    throw new IllegalStateException("could not settle " + HandlerApi.SERVER_SECRET);
  }

  /**
   * The client certificate virt-api presents to virt-handlers, with the CAs whose handlers it
   * trusts; issued anew from {@code issued}'s CA when due.
   */
  public synchronized TlsMaterial client(ServingCertificates.Issued issued) {
    if (RotationPolicy.needsReissue(clientCertificate, issued.ca(), clock.instant())) {
      clientCertificate =
          issuer.issueClient(issued.ca(), HandlerApi.CLIENT_COMMON_NAME, validity.serving());
    }
    return new TlsMaterial(clientCertificate, issued.trusted());
  }

  private void store(Secret existing, java.util.Map<String, String> data) {
    SecretBuilder builder =
        new SecretBuilder()
            .withNewMetadata()
            .withName(HandlerApi.SERVER_SECRET)
            .withNamespace(namespace)
            .addToLabels("app.kubernetes.io/component", Components.HANDLER)
            .endMetadata()
            .withType("kubernetes.io/tls")
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
}
