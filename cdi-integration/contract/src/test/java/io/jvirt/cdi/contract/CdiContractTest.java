package io.jvirt.cdi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names CDI components, KubeVirt and tools share are spelled exactly as upstream. */
class CdiContractTest {
  @Test
  void pvcAnnotationKeysAreUpstreamSpelling() {
    assertThat(CdiAnnotations.ENDPOINT).isEqualTo("cdi.kubevirt.io/storage.import.endpoint");
    assertThat(CdiAnnotations.SOURCE).isEqualTo("cdi.kubevirt.io/storage.import.source");
    assertThat(CdiAnnotations.CONTENT_TYPE).isEqualTo("cdi.kubevirt.io/storage.contentType");
    assertThat(CdiAnnotations.POD_PHASE).isEqualTo("cdi.kubevirt.io/storage.pod.phase");
    assertThat(CdiAnnotations.POD_RESTARTS).isEqualTo("cdi.kubevirt.io/storage.pod.restarts");
    assertThat(CdiAnnotations.RUNNING_CONDITION)
        .isEqualTo("cdi.kubevirt.io/storage.condition.running");
    assertThat(CdiAnnotations.RUNNING_CONDITION_REASON)
        .isEqualTo("cdi.kubevirt.io/storage.condition.running.reason");
    assertThat(CdiAnnotations.BOUND_CONDITION_MESSAGE)
        .isEqualTo("cdi.kubevirt.io/storage.condition.bound.message");
    assertThat(CdiAnnotations.IMPORT_POD_NAME)
        .isEqualTo("cdi.kubevirt.io/storage.import.importPodName");
    assertThat(CdiAnnotations.POPULATED_FOR).isEqualTo("cdi.kubevirt.io/storage.populatedFor");
    assertThat(CdiAnnotations.REQUIRES_SCRATCH)
        .isEqualTo("cdi.kubevirt.io/storage.import.requiresScratch");
    assertThat(CdiAnnotations.FATAL_ERROR).isEqualTo("cdi.kubevirt.io/storage.import.fatalError");
    assertThat(CdiAnnotations.IMMEDIATE_BINDING)
        .isEqualTo("cdi.kubevirt.io/storage.bind.immediate.requested");
    assertThat(CdiAnnotations.UPLOAD_TARGET).isEqualTo("cdi.kubevirt.io/storage.upload.target");
    assertThat(CdiAnnotations.CLONE_REQUEST).isEqualTo("k8s.io/CloneRequest");
    assertThat(CdiAnnotations.extraHeader(2))
        .isEqualTo("cdi.kubevirt.io/storage.import.extraHeaders.2");
    assertThat(CdiAnnotations.secretExtraHeader(0))
        .isEqualTo("cdi.kubevirt.io/storage.import.secretExtraHeaders.0");
  }

  @Test
  void annotationKeysAreDistinct() throws IllegalAccessException {
    List<String> values = constants(CdiAnnotations.class);
    values.remove(CdiAnnotations.PREFIX);
    assertThat(values).doesNotHaveDuplicates();
    assertThat(values).allMatch(v -> !v.isEmpty() && !v.endsWith("/"));
  }

  @Test
  void importerEnvironmentIsUpstreamSpelling() throws IllegalAccessException {
    assertThat(ImporterEnv.SOURCE).isEqualTo("IMPORTER_SOURCE");
    assertThat(ImporterEnv.ENDPOINT).isEqualTo("IMPORTER_ENDPOINT");
    assertThat(ImporterEnv.CONTENT_TYPE).isEqualTo("IMPORTER_CONTENTTYPE");
    assertThat(ImporterEnv.IMAGE_SIZE).isEqualTo("IMPORTER_IMAGE_SIZE");
    assertThat(ImporterEnv.OWNER_UID).isEqualTo("OWNER_UID");
    assertThat(ImporterEnv.FILESYSTEM_OVERHEAD).isEqualTo("FILESYSTEM_OVERHEAD");
    assertThat(ImporterEnv.INSECURE_TLS).isEqualTo("INSECURE_TLS");
    assertThat(ImporterEnv.CACHE_MODE).isEqualTo("CACHE_MODE");
    assertThat(ImporterEnv.extraHeader(1)).isEqualTo("IMPORTER_EXTRA_HEADER_1");
    List<String> names = constants(ImporterEnv.class);
    names.remove(ImporterEnv.SECRET_ACCESS_KEY_ID);
    names.remove(ImporterEnv.SECRET_SECRET_KEY);
    names.remove(ImporterEnv.CACHE_MODE_TRY_NONE);
    names.remove(ImporterEnv.EXTRA_HEADER_PREFIX);
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Za-z_]+"));
  }

  @Test
  void importerPathsAndPorts() {
    assertThat(ImporterPod.DISK_IMAGE).isEqualTo("/data/disk.img");
    assertThat(ImporterPod.SCRATCH_DIR).isEqualTo("/scratch");
    assertThat(ImporterPod.BLOCK_DEVICE).isEqualTo("/dev/cdi-block-volume");
    assertThat(ImporterPod.METRICS_PORT).isEqualTo(8443);
    assertThat(ImporterPod.extraHeadersDir(3)).isEqualTo("/extraheaders/3");
    assertThat(ImporterPod.secretExtraHeadersVolume(3)).isEqualTo("cdi-secret-extra-headers-vol-3");
  }

  @Test
  void labels() {
    assertThat(CdiLabels.APP + "=" + CdiLabels.APP_VALUE)
        .isEqualTo("app=containerized-data-importer");
    assertThat(CdiLabels.COMPONENT).isEqualTo("cdi.kubevirt.io");
    assertThat(CdiLabels.PROMETHEUS).isEqualTo("prometheus.cdi.kubevirt.io");
  }

  private static List<String> constants(Class<?> type) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int mods = field.getModifiers();
      if (Modifier.isStatic(mods) && Modifier.isPublic(mods) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }
}
