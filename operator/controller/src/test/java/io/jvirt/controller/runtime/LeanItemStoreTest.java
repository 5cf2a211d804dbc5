package io.jvirt.controller.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

/** What an informer keeps of an object in {@link LeanItemStore}. */
class LeanItemStoreTest {
  @Test
  void keepsTheObjectWithoutItsManagedFields() {
    LeanItemStore<Pod> store = new LeanItemStore<>();
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName("virt-launcher-a-x")
            .withNamespace("default")
            .withResourceVersion("42")
            .addToLabels("kubevirt.io", "virt-launcher")
            .addToManagedFields(
                new ManagedFieldsEntryBuilder()
                    .withManager("kubelet")
                    .withOperation("Update")
                    .build())
            .endMetadata()
            .build();

    store.put(store.getKey(pod), pod);

    Pod kept = store.get("default/virt-launcher-a-x");
    assertThat(kept.getMetadata().getManagedFields()).isEmpty();
    assertThat(kept.getMetadata().getResourceVersion()).isEqualTo("42");
    assertThat(kept.getMetadata().getLabels()).containsEntry("kubevirt.io", "virt-launcher");
  }
}
