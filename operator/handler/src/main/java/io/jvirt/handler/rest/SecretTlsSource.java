package io.jvirt.handler.rest;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.contract.HandlerApi;
import io.jvirt.daemon.tls.HandlerSecret;
import io.jvirt.daemon.tls.TlsMaterial;
import io.jvirt.daemon.tls.TlsSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * virt-handler's certificate and trusted CAs, from Secret {@link HandlerApi#SERVER_SECRET} in the
 * install namespace, which virt-api keeps current: watched (and re-listed every few minutes), so a
 * renewed certificate or CA bundle is served from the next handshake on. A Secret that is deleted
 * or unreadable leaves the last good material in use.
 */
public final class SecretTlsSource implements TlsSource, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SecretTlsSource.class);
  private static final Duration RESYNC = Duration.ofMinutes(5);

  private final KubernetesClient client;
  private final String namespace;
  private final AtomicReference<TlsMaterial> current = new AtomicReference<>();
  private SharedIndexInformer<Secret> informer;

  /** Reads the Secret in {@code namespace} once {@link #start()}ed. */
  public SecretTlsSource(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** Starts watching the Secret (only it: virt-handler may read no other). */
  public synchronized SecretTlsSource start() {
    if (informer == null) {
      informer =
          client
              .secrets()
              .inNamespace(namespace)
              .withName(HandlerApi.SERVER_SECRET)
              .inform(new Updates(), RESYNC.toMillis());
    }
    return this;
  }

  @Override
  public TlsMaterial current() {
    return current.get();
  }

  /** Takes {@code secret}'s material when it is complete. */
  void accept(Secret secret) {
    HandlerSecret.read(secret == null ? null : secret.getData())
        .ifPresentOrElse(
            material -> {
              TlsMaterial before = current.getAndSet(material);
              if (before == null
                  || !before.identity().certificate().equals(material.identity().certificate())) {
                LOG.info(
                    "serving certificate {} until {}",
                    material.identity().certificate().getSerialNumber().toString(16),
                    material.identity().notAfter());
              }
            },
            () ->
                LOG.warn(
                    "Secret {}/{} is incomplete; keeping the current certificate",
                    namespace,
                    HandlerApi.SERVER_SECRET));
  }

  @Override
  public synchronized void close() {
    if (informer != null) {
      informer.close();
      informer = null;
    }
  }

  /** Feeds every version of the Secret in. */
  private final class Updates implements ResourceEventHandler<Secret> {
    @Override
    public void onAdd(Secret secret) {
      accept(secret);
    }

    @Override
    public void onUpdate(Secret before, Secret after) {
      accept(after);
    }

    @Override
    public void onDelete(Secret secret, boolean finalStateUnknown) {
      LOG.warn(
          "Secret {}/{} was deleted; keeping the current certificate",
          namespace,
          HandlerApi.SERVER_SECRET);
    }
  }
}
