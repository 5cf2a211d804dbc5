package io.jvirt.cdi.apiserver.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The discovery documents and the APIService of upload.cdi.kubevirt.io. */
class UploadDiscoveryTest {

  @Test
  void theVersionServesUploadTokenRequestsForCreateOnly() {
    var list = UploadDiscovery.resources();

    assertThat(list.getGroupVersion()).isEqualTo("upload.cdi.kubevirt.io/v1beta1");
    APIResource resource = list.getResources().get(0);
    assertThat(resource.getName()).isEqualTo("uploadtokenrequests");
    assertThat(resource.getKind()).isEqualTo("UploadTokenRequest");
    assertThat(resource.getNamespaced()).isTrue();
    assertThat(resource.getVerbs()).containsExactly("create");
  }

  @Test
  void theGroupPrefersV1beta1() {
    assertThat(UploadDiscovery.groups().getGroups())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.getName()).isEqualTo("upload.cdi.kubevirt.io");
              assertThat(group.getPreferredVersion().getGroupVersion())
                  .isEqualTo("upload.cdi.kubevirt.io/v1beta1");
            });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theApiServicePointsAtTheCdiApiService() {
    GenericKubernetesResource service = UploadApiService.of("cdi", "Q0E=");

    assertThat(service.getMetadata().getName()).isEqualTo("v1beta1.upload.cdi.kubevirt.io");
    Map<String, Object> spec = (Map<String, Object>) service.getAdditionalProperties().get("spec");
    assertThat(spec)
        .containsEntry("group", "upload.cdi.kubevirt.io")
        .containsEntry("version", "v1beta1")
        .containsEntry("caBundle", "Q0E=")
        .containsEntry("groupPriorityMinimum", 1000)
        .containsEntry("versionPriority", 15)
        .containsEntry("service", Map.of("namespace", "cdi", "name", "cdi-api", "port", 443));
  }
}
