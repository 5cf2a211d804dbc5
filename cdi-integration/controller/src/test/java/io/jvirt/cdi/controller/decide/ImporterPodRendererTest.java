package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.Observations.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.contract.CdiAnnotations;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The importer pod and its scratch PVC, rendered from a PVC's annotations. */
class ImporterPodRendererTest {
  private static Map<String, String> env(Pod pod) {
    return pod.getSpec().getContainers().get(0).getEnv().stream()
        .filter(e -> e.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  private static PersistentVolumeClaim bound(DataVolume dv) {
    return claim(
        dv,
        "Bound",
        Map.of(CdiAnnotations.IMPORT_POD_NAME, "importer-" + dv.getMetadata().getName()));
  }

  @Test
  void httpImportPodMountsTheClaimAtDataAndCarriesTheEnvironment() {
    Pod pod =
        ImporterPodRenderer.render(bound(CdiFixtures.httpImport("cirros")), CdiFixtures.SETTINGS);
    assertThat(pod.getMetadata().getName()).isEqualTo("importer-cirros");
    assertThat(pod.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getKind()).isEqualTo("PersistentVolumeClaim");
              assertThat(ref.getUid()).isEqualTo(CdiFixtures.PVC_UID);
              assertThat(ref.getController()).isTrue();
            });
    assertThat(pod.getMetadata().getLabels())
        .containsEntry("app", "containerized-data-importer")
        .containsEntry("cdi.kubevirt.io", "importer")
        .containsEntry("prometheus.cdi.kubevirt.io", "true");
    assertThat(pod.getMetadata().getAnnotations())
        .containsEntry("cdi.kubevirt.io/storage.createdByController", "yes")
        .containsEntry("sidecar.istio.io/inject", "false");
    assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    Container importer = pod.getSpec().getContainers().get(0);
    assertThat(importer.getImage()).isEqualTo(CdiFixtures.IMAGE);
    assertThat(importer.getVolumeMounts())
        .singleElement()
        .satisfies(m -> assertThat(m.getMountPath()).isEqualTo("/data"));
    assertThat(importer.getSecurityContext().getRunAsUser()).isEqualTo(107L);
    assertThat(importer.getPorts().get(0).getContainerPort()).isEqualTo(8443);
    assertThat(env(pod))
        .containsEntry("IMPORTER_SOURCE", "http")
        .containsEntry("IMPORTER_ENDPOINT", CdiFixtures.CIRROS)
        .containsEntry("IMPORTER_CONTENTTYPE", "kubevirt")
        .containsEntry("IMPORTER_IMAGE_SIZE", "1138166334")
        .containsEntry("OWNER_UID", CdiFixtures.DV_UID)
        .containsEntry("FILESYSTEM_OVERHEAD", "0.06")
        .containsEntry("INSECURE_TLS", "false")
        .containsEntry("PREALLOCATION", "false")
        .containsEntry("CACHE_MODE", "");
    assertThat(ImporterPodRenderer.needsScratch(bound(CdiFixtures.httpImport("cirros")))).isFalse();
  }

  @Test
  void blockTargetIsADeviceWithoutOverhead() {
    DataVolume dv = CdiFixtures.httpImport("blk");
    dv.getSpec().getStorage().setStorageClassName("ceph-block");
    dv.getSpec().getStorage().setVolumeMode("Block");
    PersistentVolumeClaim claim =
        new PersistentVolumeClaimBuilder(bound(CdiFixtures.httpImport("blk")))
            .editSpec()
            .withVolumeMode("Block")
            .endSpec()
            .build();
    Pod pod = ImporterPodRenderer.render(claim, CdiFixtures.SETTINGS);
    Container importer = pod.getSpec().getContainers().get(0);
    assertThat(importer.getVolumeMounts()).isEmpty();
    assertThat(importer.getVolumeDevices())
        .singleElement()
        .satisfies(d -> assertThat(d.getDevicePath()).isEqualTo("/dev/cdi-block-volume"));
    assertThat(env(pod)).containsEntry("FILESYSTEM_OVERHEAD", "0");
  }

  @Test
  void archiveAndRegistryPodPullGetScratch() {
    DataVolume archive = CdiFixtures.httpImport("tar");
    archive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    Pod pod = ImporterPodRenderer.render(bound(archive), CdiFixtures.SETTINGS);
    assertThat(pod.getSpec().getVolumes())
        .anySatisfy(
            v -> {
              assertThat(v.getName()).isEqualTo("cdi-scratch-vol");
              assertThat(v.getPersistentVolumeClaim().getClaimName()).isEqualTo("tar-scratch");
            });
    assertThat(pod.getSpec().getContainers().get(0).getVolumeMounts())
        .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/scratch"));
    assertThat(ImporterPodRenderer.needsScratch(bound(CdiFixtures.registry("r", "docker://q/a"))))
        .isTrue();
    DataVolume node = CdiFixtures.registry("n", "docker://q/a");
    node.getSpec().getSource().getRegistry().setPullMethod("node");
    assertThat(ImporterPodRenderer.needsScratch(bound(node))).isFalse();
    PersistentVolumeClaim asked =
        claim(
            CdiFixtures.httpImport("h"), "Bound", Map.of(CdiAnnotations.REQUIRES_SCRATCH, "true"));
    assertThat(ImporterPodRenderer.needsScratch(asked)).isTrue();
  }

  @Test
  void secretsCertificatesAndHeadersBecomeVolumesAndVariables() {
    DataVolume dv = CdiFixtures.httpImport("secure");
    var http = dv.getSpec().getSource().getHttp();
    http.setSecretRef("endpoint-secret");
    http.setCertConfigMap("tls-certs");
    http.setInsecureSkipVerify(true);
    http.setExtraHeaders(List.of("X-Auth: 1"));
    http.setSecretExtraHeaders(List.of("header-secret"));
    Pod pod = ImporterPodRenderer.render(bound(dv), CdiFixtures.SETTINGS);
    Container importer = pod.getSpec().getContainers().get(0);
    assertThat(env(pod))
        .containsEntry("INSECURE_TLS", "true")
        .containsEntry("IMPORTER_CERT_DIR", "/certs")
        .containsEntry("IMPORTER_EXTRA_HEADER_0", "X-Auth: 1");
    assertThat(importer.getEnv())
        .filteredOn(e -> e.getName().equals("IMPORTER_ACCESS_KEY_ID"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("endpoint-secret");
              assertThat(e.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("accessKeyId");
            });
    assertThat(importer.getVolumeMounts())
        .extracting("mountPath")
        .containsExactly("/data", "/certs", "/extraheaders/0");
  }

  @Test
  void directIoAfterOomAndInsecureRegistries() {
    PersistentVolumeClaim oom =
        claim(
            CdiFixtures.httpImport("oom"),
            "Bound",
            Map.of(CdiAnnotations.REQUIRES_DIRECT_IO, "true"));
    assertThat(env(ImporterPodRenderer.render(oom, CdiFixtures.SETTINGS)))
        .containsEntry("CACHE_MODE", "TRYNONE");
    ImporterSettings insecure =
        new ImporterSettings(
            CdiFixtures.IMAGE, "Always", 3, null, null, null, null, List.of("registry.local:5000"));
    CdiSettings settings = CdiSettings.defaults(insecure);
    Pod pod =
        ImporterPodRenderer.render(
            bound(CdiFixtures.registry("r", "docker://registry.local:5000/disk")), settings);
    assertThat(env(pod))
        .containsEntry("INSECURE_TLS", "true")
        .containsEntry("IMPORTER_SOURCE", "registry");
    assertThat(pod.getSpec().getContainers().get(0).getArgs()).containsExactly("-v=3");
    assertThat(pod.getSpec().getContainers().get(0).getImagePullPolicy()).isEqualTo("Always");
  }

  @Test
  void scratchClaimIsOwnedByThePodAndHoldsTheUsableBytes() {
    DataVolume archive = CdiFixtures.httpImport("tar");
    archive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    PersistentVolumeClaim target = bound(archive);
    Pod pod =
        new PodBuilder(ImporterPodRenderer.render(target, CdiFixtures.SETTINGS))
            .editMetadata()
            .withUid("pod-uid")
            .endMetadata()
            .build();
    PersistentVolumeClaim scratch = ScratchClaimRenderer.render(target, pod, CdiFixtures.SETTINGS);
    assertThat(scratch.getMetadata().getName()).isEqualTo("tar-scratch");
    assertThat(scratch.getMetadata().getOwnerReferences().get(0).getUid()).isEqualTo("pod-uid");
    assertThat(scratch.getMetadata().getLabels())
        .containsEntry("velero.io/exclude-from-backup", "true");
    assertThat(scratch.getSpec().getStorageClassName()).isEqualTo("local");
    assertThat(scratch.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    // target 1138166334 holds 1GiB after 6%; re-inflated and rounded up to whole MiB
    assertThat(scratch.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("1138753536");
    CdiSettings elsewhere = CdiFixtures.SETTINGS.withScratchSpaceStorageClass("fast-scratch");
    assertThat(ScratchClaimRenderer.render(target, pod, elsewhere).getSpec().getStorageClassName())
        .isEqualTo("fast-scratch");
  }
}
