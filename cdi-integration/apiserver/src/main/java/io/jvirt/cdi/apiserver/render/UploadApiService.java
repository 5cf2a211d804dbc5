package io.jvirt.cdi.apiserver.render;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.jvirt.cdi.api.upload.v1beta1.UploadTokenRequest;
import io.jvirt.cdi.contract.CdiComponents;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The APIService {@code v1beta1.upload.cdi.kubevirt.io} sending the group to the cdi-api Service.
 */
public final class UploadApiService {
  /** The APIService's name. */
  public static final String NAME = UploadTokenRequest.VERSION + "." + UploadTokenRequest.GROUP;

  private UploadApiService() {}

  /** The APIService for cdi-apiserver in {@code namespace}, trusting {@code caBundle} (base64). */
  public static GenericKubernetesResource of(String namespace, String caBundle) {
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("namespace", namespace);
    service.put("name", CdiComponents.APISERVER_SERVICE);
    service.put("port", CdiComponents.SERVICE_PORT);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("group", UploadTokenRequest.GROUP);
    spec.put("version", UploadTokenRequest.VERSION);
    // upstream's priorities
    spec.put("groupPriorityMinimum", 1000);
    spec.put("versionPriority", 15);
    if (caBundle != null) {
      spec.put("caBundle", caBundle);
    }
    spec.put("service", service);
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("cdi.kubevirt.io", CdiComponents.APISERVER);
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("apiregistration.k8s.io/v1")
        .withKind("APIService")
        .withNewMetadata()
        .withName(NAME)
        .withLabels(labels)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }
}
