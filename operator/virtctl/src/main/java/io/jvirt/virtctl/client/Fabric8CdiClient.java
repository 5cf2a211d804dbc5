package io.jvirt.virtctl.client;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequestSpec;
import io.jvirt.cdi.api.v1beta1.CDIConfig;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.contract.CdiComponents;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link CdiClient} over the fabric8 client. */
public final class Fabric8CdiClient implements CdiClient {
  /** The name upstream virtctl gives its token requests (they are never stored). */
  static final String TOKEN_REQUEST_NAME = "token-for-virtctl";

  private final KubernetesClient client;
  private final String server;

  public Fabric8CdiClient(KubernetesClient client) {
    this.client = client;
    this.server = client.getMasterUrl().toString();
  }

  @Override
  public Optional<DataVolume> getDataVolume(String namespace, String name) {
    return call(
        () ->
            Optional.ofNullable(
                client.resources(DataVolume.class).inNamespace(namespace).withName(name).get()));
  }

  @Override
  public DataVolume createDataVolume(DataVolume dataVolume) {
    return call(
        () ->
            client
                .resources(DataVolume.class)
                .inNamespace(dataVolume.getMetadata().getNamespace())
                .resource(dataVolume)
                .create());
  }

  @Override
  public Optional<PersistentVolumeClaim> getClaim(String namespace, String name) {
    return call(
        () ->
            Optional.ofNullable(
                client.persistentVolumeClaims().inNamespace(namespace).withName(name).get()));
  }

  @Override
  public PersistentVolumeClaim createClaim(PersistentVolumeClaim claim) {
    return call(
        () ->
            client
                .persistentVolumeClaims()
                .inNamespace(claim.getMetadata().getNamespace())
                .resource(claim)
                .create());
  }

  @Override
  public PersistentVolumeClaim updateClaim(PersistentVolumeClaim claim) {
    return call(
        () ->
            client
                .persistentVolumeClaims()
                .inNamespace(claim.getMetadata().getNamespace())
                .resource(claim)
                .update());
  }

  @Override
  public boolean storageClassExists(String name) {
    return call(() -> client.storage().v1().storageClasses().withName(name).get() != null);
  }

  @Override
  public Optional<String> uploadProxyUrl() {
    CDIConfig config =
        call(() -> client.resources(CDIConfig.class).withName(CdiComponents.CONFIG).get());
    if (config == null || config.getStatus() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(config.getStatus().getUploadProxyURL()).filter(s -> !s.isBlank());
  }

  @Override
  public String uploadToken(String namespace, String claim) {
    UploadTokenRequest request = new UploadTokenRequest();
    request.setMetadata(
        new ObjectMetaBuilder().withName(TOKEN_REQUEST_NAME).withNamespace(namespace).build());
    UploadTokenRequestSpec spec = new UploadTokenRequestSpec();
    spec.setPvcName(claim);
    request.setSpec(spec);
    UploadTokenRequest answer =
        call(
            () ->
                client
                    .resources(UploadTokenRequest.class)
                    .inNamespace(namespace)
                    .resource(request)
                    .create());
    return answer == null || answer.getStatus() == null ? "" : answer.getStatus().getToken();
  }

  private <T> T call(Supplier<T> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      throw Fabric8Errors.translate(e, server);
    }
  }
}
