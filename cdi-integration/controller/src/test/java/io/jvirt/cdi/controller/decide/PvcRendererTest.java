package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.CdiFixtures.CEPH;
import static io.jvirt.cdi.controller.decide.CdiFixtures.LOCAL;
import static io.jvirt.cdi.controller.decide.CdiFixtures.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceUpload;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataVolume to PVC: metadata, the pvc and storage forms, sizes and source annotations. */
class PvcRendererTest {
  private static PersistentVolumeClaim render(DataVolume dv, StorageClassInfo... classes) {
    PvcRendering rendering = PvcRenderer.render(dv, List.of(classes), SETTINGS);
    assertThat(rendering.problems()).isEmpty();
    return rendering.claim();
  }

  private static String problems(DataVolume dv, StorageClassInfo... classes) {
    PvcRendering rendering = PvcRenderer.render(dv, List.of(classes), SETTINGS);
    assertThat(rendering.valid()).isFalse();
    return rendering.message();
  }

  private static String size(PersistentVolumeClaim claim) {
    return claim.getSpec().getResources().getRequests().get("storage").toString();
  }

  @Test
  void httpImportIntoDefaultClassGetsSameNameOwnerAndSourceAnnotations() {
    PersistentVolumeClaim claim = render(CdiFixtures.httpImport("cirros"), LOCAL, CEPH);
    assertThat(claim.getMetadata().getName()).isEqualTo("cirros");
    assertThat(claim.getMetadata().getNamespace()).isEqualTo("default");
    assertThat(claim.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getApiVersion()).isEqualTo("cdi.kubevirt.io/v1beta1");
              assertThat(ref.getKind()).isEqualTo("DataVolume");
              assertThat(ref.getUid()).isEqualTo(CdiFixtures.DV_UID);
              assertThat(ref.getController()).isTrue();
              assertThat(ref.getBlockOwnerDeletion()).isTrue();
            });
    assertThat(claim.getSpec().getStorageClassName()).isEqualTo("local");
    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Filesystem");
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.SOURCE, "http")
        .containsEntry(CdiAnnotations.ENDPOINT, CdiFixtures.CIRROS)
        .containsEntry(CdiAnnotations.CONTENT_TYPE, "kubevirt")
        .containsEntry(CdiAnnotations.POD_RESTARTS, "0")
        .containsEntry(CdiAnnotations.PREALLOCATION_REQUESTED, "false")
        .containsEntry(CdiAnnotations.CREATED_FOR_DATA_VOLUME, CdiFixtures.DV_UID);
    assertThat(claim.getMetadata().getLabels())
        .containsEntry("app", "containerized-data-importer")
        .containsEntry(CdiLabels.MANAGED_BY, "cdi-controller")
        .containsEntry(CdiLabels.RECOMMENDED_COMPONENT, "storage")
        .containsEntry("alerts.k8s.io/KubePersistentVolumeFillingUp", "disabled");
  }

  @Test
  void filesystemSizeIsInflatedByTheOverhead() {
    // 1Gi x 1.06, rounded up: upstream's GetRequiredSpace example
    assertThat(size(render(CdiFixtures.httpImport("cirros"), LOCAL))).isEqualTo("1138166334");
    // 500Mi is 524288000 bytes; x 1.06 = 555745280
    assertThat(size(render(CdiFixtures.blank("b", "500Mi"), LOCAL))).isEqualTo("555745280");
    // below a MiB boundary the request is aligned first: 1000Ki -> 1MiB -> 1111491 (ceil)
    assertThat(Sizes.requiredSpace(new BigDecimal("0.06"), 1000 * 1024)).isEqualTo(1111491L);
  }

  @Test
  void overheadPerStorageClassWinsOverGlobal() {
    CdiSettings settings =
        SETTINGS.withFilesystemOverheads(
            new FilesystemOverheads(new BigDecimal("0.06"), Map.of("local", BigDecimal.ZERO)));
    PvcRendering rendering =
        PvcRenderer.render(CdiFixtures.httpImport("cirros"), List.of(LOCAL), settings);
    assertThat(size(rendering.claim())).isEqualTo("1073741824");
  }

  @Test
  void blockClaimsAreNotInflatedButRaisedToTheProfileMinimum() {
    DataVolume dv = CdiFixtures.httpImport("blk");
    dv.getSpec().getStorage().setStorageClassName("ceph-block");
    dv.getSpec().getStorage().setVolumeMode("Block");
    PersistentVolumeClaim claim = render(dv, LOCAL, CEPH);
    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(size(claim)).isEqualTo("1073741824");
    assertThat(claim.getMetadata().getLabels())
        .doesNotContainKey("alerts.k8s.io/KubePersistentVolumeFillingUp");
    PersistentVolumeClaim raised = render(dv, LOCAL, CEPH.withMinimumSize(2L << 30));
    assertThat(size(raised)).isEqualTo(Long.toString(2L << 30));
  }

  @Test
  void givenAccessModeSelectsTheMatchingProfileSetsVolumeMode() {
    DataVolume dv = CdiFixtures.httpImport("rwo");
    dv.getSpec().getStorage().setStorageClassName("ceph-block");
    dv.getSpec().getStorage().setAccessModes(List.of("ReadWriteOnce"));
    assertThat(render(dv, CEPH).getSpec().getVolumeMode()).isEqualTo("Filesystem");
  }

  @Test
  void fromStorageProfileVolumeModeIsTakenFromTheProfile() {
    DataVolume dv = CdiFixtures.httpImport("fsp");
    dv.getSpec().getStorage().setStorageClassName("ceph-block");
    dv.getSpec().getStorage().setVolumeMode("FromStorageProfile");
    PersistentVolumeClaim claim = render(dv, CEPH);
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Block");
    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
  }

  @Test
  void defaultVirtClassWinsForDiskImagesButNotForArchives() {
    StorageClassInfo virt =
        StorageClassInfo.of("virt", new ClaimPropertySet(List.of("ReadWriteMany"), "Block"))
            .asDefaultVirt();
    assertThat(render(CdiFixtures.httpImport("a"), LOCAL, virt).getSpec().getStorageClassName())
        .isEqualTo("virt");
    DataVolume archive = CdiFixtures.httpImport("b");
    archive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    PersistentVolumeClaim claim = render(archive, LOCAL, virt);
    assertThat(claim.getSpec().getStorageClassName()).isEqualTo("local");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Filesystem");
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.CONTENT_TYPE, "archive");
  }

  @Test
  void tiesBetweenDefaultsGoToTheNewestThenTheLowestName() {
    ClaimPropertySet rwo = new ClaimPropertySet(List.of("ReadWriteOnce"), "Filesystem");
    StorageClassInfo old =
        StorageClassInfo.of("a-old", rwo)
            .asDefault()
            .createdAt(Instant.parse("2020-01-01T00:00:00Z"));
    StorageClassInfo newB =
        StorageClassInfo.of("b-new", rwo)
            .asDefault()
            .createdAt(Instant.parse("2025-01-01T00:00:00Z"));
    StorageClassInfo newC =
        StorageClassInfo.of("c-new", rwo)
            .asDefault()
            .createdAt(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(render(CdiFixtures.httpImport("x"), newC, old, newB).getSpec().getStorageClassName())
        .isEqualTo("b-new");
  }

  @Test
  void withoutAnyClassAccessModesMustBeGiven() {
    assertThat(problems(CdiFixtures.httpImport("x")))
        .isEqualTo("PVC spec is missing accessMode and no storageClass to choose profile");
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec().getStorage().setAccessModes(List.of("ReadWriteOnce"));
    PersistentVolumeClaim claim = render(dv);
    assertThat(claim.getSpec().getStorageClassName()).isNull();
    assertThat(size(claim)).isEqualTo("1138166334");
  }

  @Test
  void profileWithoutPropertySetsCannotCompleteTheClaim() {
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec().getStorage().setStorageClassName("bare");
    assertThat(problems(dv, StorageClassInfo.of("bare")))
        .isEqualTo(
            "Spec is missing accessMode and volumeMode, cannot get access mode from"
                + " StorageProfile bare");
  }

  @Test
  void pvcFormIsCopiedVerbatim() {
    DataVolume dv = CdiFixtures.httpImport("verbatim");
    dv.getSpec().setStorage(null);
    dv.getSpec()
        .setPvc(
            new PersistentVolumeClaimSpecBuilder()
                .withAccessModes("ReadWriteOnce")
                .withNewResources()
                .addToRequests("storage", new Quantity("1Gi"))
                .endResources()
                .build());
    PersistentVolumeClaim claim = render(dv, LOCAL);
    assertThat(claim.getSpec().getStorageClassName()).isNull();
    assertThat(claim.getSpec().getVolumeMode()).isNull();
    assertThat(size(claim)).isEqualTo("1Gi");
    assertThat(claim.getSpec()).isNotSameAs(dv.getSpec().getPvc());
  }

  @Test
  void webhookRenderingLeavesTheClaimToThePvcWebhook() {
    DataVolume dv = CdiFixtures.httpImport("hook");
    dv.getMetadata().setLabels(Map.of(CdiLabels.APPLY_STORAGE_PROFILE, "true"));
    PersistentVolumeClaim claim = render(dv, LOCAL);
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("FromStorageProfile");
    assertThat(claim.getSpec().getStorageClassName()).isNull();
    assertThat(size(claim)).isEqualTo("1Gi");
  }

  @Test
  void dataVolumeLabelsAnnotationsAndPodSettingsReachTheClaim() {
    DataVolume dv = CdiFixtures.httpImport("meta");
    dv.getMetadata().setLabels(Map.of("team", "storage", "app", "mine"));
    dv.getMetadata().setAnnotations(Map.of(CdiAnnotations.IMMEDIATE_BINDING, ""));
    dv.getSpec().setPriorityClassName("high");
    dv.getSpec().setServiceAccountName("importer-sa");
    dv.getSpec().setPreallocation(true);
    PersistentVolumeClaim claim = render(dv, LOCAL);
    assertThat(claim.getMetadata().getLabels())
        .containsEntry("team", "storage")
        .containsEntry("app", "mine");
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.IMMEDIATE_BINDING, "")
        .containsEntry(CdiAnnotations.POD_PRIORITY_CLASS_NAME, "high")
        .containsEntry(CdiAnnotations.POD_SERVICE_ACCOUNT_NAME, "importer-sa")
        .containsEntry(CdiAnnotations.PREALLOCATION_REQUESTED, "true");
  }

  @Test
  void httpSourceFieldsBecomeAnnotations() {
    DataVolume dv = CdiFixtures.httpImport("full");
    var http = dv.getSpec().getSource().getHttp();
    http.setSecretRef("endpoint-secret");
    http.setCertConfigMap("tls-certs");
    http.setInsecureSkipVerify(true);
    http.setChecksum("sha256:" + "a".repeat(64));
    http.setExtraHeaders(List.of("X-First: 1", "X-Second: 2"));
    http.setSecretExtraHeaders(List.of("header-secret"));
    assertThat(render(dv, LOCAL).getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.SECRET, "endpoint-secret")
        .containsEntry(CdiAnnotations.CERT_CONFIG_MAP, "tls-certs")
        .containsEntry(CdiAnnotations.INSECURE_SKIP_VERIFY, "true")
        .containsEntry(CdiAnnotations.CHECKSUM, "sha256:" + "a".repeat(64))
        .containsEntry("cdi.kubevirt.io/storage.import.extraHeaders.0", "X-First: 1")
        .containsEntry("cdi.kubevirt.io/storage.import.extraHeaders.1", "X-Second: 2")
        .containsEntry("cdi.kubevirt.io/storage.import.secretExtraHeaders.0", "header-secret");
  }

  @Test
  void registryBlankUploadAndCloneAnnotations() {
    DataVolume registry = CdiFixtures.registry("reg", "docker://quay.io/containerdisks/fedora");
    registry.getSpec().getSource().getRegistry().setPullMethod("pod");
    assertThat(render(registry, LOCAL).getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.SOURCE, "registry")
        .containsEntry(CdiAnnotations.ENDPOINT, "docker://quay.io/containerdisks/fedora")
        .containsEntry(CdiAnnotations.REGISTRY_IMPORT_METHOD, "pod");
    assertThat(render(CdiFixtures.blank("b", "1Gi"), LOCAL).getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.SOURCE, "none")
        .doesNotContainKey(CdiAnnotations.ENDPOINT);

    DataVolume upload = CdiFixtures.httpImport("up");
    DataVolumeSource uploadSource = new DataVolumeSource();
    uploadSource.setUpload(new DataVolumeSourceUpload());
    upload.getSpec().setSource(uploadSource);
    assertThat(render(upload, LOCAL).getMetadata().getAnnotations())
        .containsEntry(CdiAnnotations.UPLOAD_TARGET, "")
        .doesNotContainKey(CdiAnnotations.SOURCE);

    DataVolume clone = CdiFixtures.httpImport("clone");
    DataVolumeSource cloneSource = new DataVolumeSource();
    DataVolumeSourcePVC pvc = new DataVolumeSourcePVC();
    pvc.setNamespace("golden");
    pvc.setName("fedora");
    cloneSource.setPvc(pvc);
    clone.getSpec().setSource(cloneSource);
    clone.getSpec().setStorage(CdiFixtures.storage(null));
    PersistentVolumeClaim cloned = render(clone, LOCAL);
    assertThat(cloned.getMetadata().getAnnotations())
        .containsEntry("k8s.io/CloneRequest", "golden/fedora");
    assertThat(cloned.getSpec().getResources()).isNull();
  }

  @Test
  void theDataVolumeIsNotModified() {
    DataVolume dv = CdiFixtures.httpImport("cirros");
    String before = dv.toString();
    render(dv, LOCAL);
    assertThat(dv.toString()).isEqualTo(before);
  }
}
