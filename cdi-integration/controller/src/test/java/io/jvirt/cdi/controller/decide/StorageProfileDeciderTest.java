package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.jvirt.cdi.api.v1beta1.CdiCloneStrategy;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.api.v1beta1.StorageProfileSpec;
import io.jvirt.cdi.api.v1beta1.StorageProfileStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One profile per class: created, kept true to spec and class, deleted with the class. */
class StorageProfileDeciderTest {
  private static final String HOSTPATH = "kubevirt.io.hostpath-provisioner";

  @Test
  void aNewClassGetsAProfileOfItsNameWithTheRecommendations() {
    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", HOSTPATH)),
            List.of(),
            List.of(),
            Map.of("app.kubernetes.io/part-of", "jvirt"));

    assertThat(plan.create()).hasSize(1);
    StorageProfile created = plan.create().get(0);
    assertThat(created.getMetadata().getName()).isEqualTo("local");
    assertThat(created.getMetadata().getLabels())
        .containsEntry("app", "containerized-data-importer")
        .containsEntry("cdi.kubevirt.io", "")
        .containsEntry("app.kubernetes.io/managed-by", "cdi-controller")
        .containsEntry("app.kubernetes.io/part-of", "jvirt");
    assertThat(created.getSpec()).isEqualTo(new StorageProfileSpec());
    StorageProfileStatus status = created.getStatus();
    assertThat(status.getStorageClass()).isEqualTo("local");
    assertThat(status.getProvisioner()).isEqualTo(HOSTPATH);
    assertThat(status.getCloneStrategy()).isEqualTo(CdiCloneStrategy.COPY);
    assertThat(status.getDataImportCronSourceFormat()).isEqualTo("pvc");
    assertThat(status.getClaimPropertySets()).containsExactly(set("ReadWriteOnce", "Filesystem"));
    assertThat(plan.writeStatus()).isEmpty();
    assertThat(plan.delete()).isEmpty();
  }

  @Test
  void aProfileWhoseClassIsGoneIsDeleted() {
    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("kept", HOSTPATH)),
            List.of(),
            List.of(profile("gone", null), current("kept", HOSTPATH, null)),
            Map.of());

    assertThat(plan.delete()).containsExactly("gone");
    assertThat(plan.create()).isEmpty();
    assertThat(plan.writeStatus()).isEmpty();
  }

  @Test
  void aClassBeingDeletedTakesItsProfileAlong() {
    StorageClass deleting = storageClass("old", HOSTPATH);
    deleting.getMetadata().setDeletionTimestamp("2026-12-04T10:00:00Z");

    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(deleting), List.of(), List.of(current("old", HOSTPATH, null)), Map.of());

    assertThat(plan.delete()).containsExactly("old");
  }

  @Test
  void theSpecsValuesWinOverTheRecommendations() {
    StorageProfileSpec spec = new StorageProfileSpec();
    spec.setClaimPropertySets(List.of(set("ReadWriteMany", "Block")));
    spec.setCloneStrategy(CdiCloneStrategy.CSI_CLONE);
    spec.setDataImportCronSourceFormat("snapshot");
    spec.setSnapshotClass("csi-snapclass");
    StorageProfile existing = current("local", HOSTPATH, null);
    existing.setSpec(spec);

    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", HOSTPATH)), List.of(), List.of(existing), Map.of());

    assertThat(plan.writeStatus()).hasSize(1);
    StorageProfileStatus status = plan.writeStatus().get(0).getStatus();
    assertThat(status.getClaimPropertySets()).containsExactly(set("ReadWriteMany", "Block"));
    assertThat(status.getCloneStrategy()).isEqualTo(CdiCloneStrategy.CSI_CLONE);
    assertThat(status.getDataImportCronSourceFormat()).isEqualTo("snapshot");
    assertThat(status.getSnapshotClass()).isEqualTo("csi-snapclass");
    assertThat(plan.writeStatus().get(0).getSpec()).isEqualTo(spec);
  }

  @Test
  void anUpToDateProfileIsLeftAlone() {
    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", HOSTPATH)),
            List.of(),
            List.of(current("local", HOSTPATH, null)),
            Map.of());

    assertThat(plan.empty()).isTrue();
  }

  @Test
  void anUnknownProvisionerGetsNoClaimPropertySets() {
    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("mystery", "example.com/unknown")),
            List.of(),
            List.of(),
            Map.of());

    StorageProfileStatus status = plan.create().get(0).getStatus();
    assertThat(status.getProvisioner()).isEqualTo("example.com/unknown");
    assertThat(status.getClaimPropertySets()).isNull();
  }

  @Test
  void aStaticClassRecommendsWhatItsVolumesOffer() {
    PersistentVolume pv =
        new PersistentVolumeBuilder()
            .withNewMetadata()
            .withName("pv-1")
            .endMetadata()
            .withNewSpec()
            .withStorageClassName("local")
            .withAccessModes("ReadWriteOnce")
            .withVolumeMode("Block")
            .endSpec()
            .build();

    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", ProvisionerCapabilities.NO_PROVISIONER)),
            List.of(pv),
            List.of(),
            Map.of());

    assertThat(plan.create().get(0).getStatus().getClaimPropertySets())
        .containsExactly(set("ReadWriteOnce", "Block"));
  }

  @Test
  void theClassAnnotationChoosesTheCloneStrategyUnlessTheSpecDoes() {
    StorageClass annotated = storageClass("csi", HOSTPATH);
    annotated
        .getMetadata()
        .setAnnotations(Map.of(ProfileStatusDecider.CLONE_STRATEGY_ANNOTATION, "snapshot"));

    StorageProfilePlan plan =
        StorageProfileDecider.decide(List.of(annotated), List.of(), List.of(), Map.of());

    assertThat(plan.create().get(0).getStatus().getCloneStrategy())
        .isEqualTo(CdiCloneStrategy.SNAPSHOT);
  }

  @Test
  void aSpecSetWithoutVolumeModeLeavesTheStatusAndSaysWhy() {
    io.jvirt.cdi.api.v1beta1.ClaimPropertySet partial = set("ReadWriteOnce", null);
    StorageProfileSpec spec = new StorageProfileSpec();
    spec.setClaimPropertySets(List.of(partial));
    StorageProfile existing = current("local", HOSTPATH, null);
    existing.setSpec(spec);

    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", HOSTPATH)), List.of(), List.of(existing), Map.of());

    assertThat(plan.writeStatus()).isEmpty();
    assertThat(plan.problems()).containsKey("local");
  }

  @Test
  void aProfileBeingDeletedIsNeitherRecreatedNorDeletedAgain() {
    StorageProfile deleting = current("local", HOSTPATH, null);
    deleting.getMetadata().setDeletionTimestamp("2026-12-04T10:00:00Z");
    StorageProfile orphan = profile("gone", null);
    orphan.getMetadata().setDeletionTimestamp("2026-12-04T10:00:00Z");

    StorageProfilePlan plan =
        StorageProfileDecider.decide(
            List.of(storageClass("local", HOSTPATH)),
            List.of(),
            List.of(deleting, orphan),
            Map.of());

    assertThat(plan.empty()).isTrue();
  }

  private static StorageClass storageClass(String name, String provisioner) {
    return new StorageClassBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withProvisioner(provisioner)
        .build();
  }

  /** A profile whose status is what the decider would write for an empty spec. */
  private static StorageProfile current(String name, String provisioner, StorageProfileSpec spec) {
    StorageClass storageClass = storageClass(name, provisioner);
    StorageProfileStatus status =
        ProfileStatusDecider.status(
            storageClass, spec, ProvisionerCapabilities.of(storageClass, List.of()));
    return profile(name, status);
  }

  private static StorageProfile profile(String name, StorageProfileStatus status) {
    StorageProfile profile = new StorageProfile();
    profile.setMetadata(new ObjectMetaBuilder().withName(name).build());
    profile.setSpec(new StorageProfileSpec());
    profile.setStatus(status);
    return profile;
  }

  private static io.jvirt.cdi.api.v1beta1.ClaimPropertySet set(String access, String mode) {
    io.jvirt.cdi.api.v1beta1.ClaimPropertySet set = new io.jvirt.cdi.api.v1beta1.ClaimPropertySet();
    set.setAccessModes(new ArrayList<>(List.of(access)));
    set.setVolumeMode(mode);
    return set;
  }
}
