package io.jvirt.cdi.controller.decide;

import static io.jvirt.cdi.controller.decide.CdiFixtures.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.jvirt.cdi.api.v1beta1.ClaimPropertySet;
import io.jvirt.cdi.api.v1beta1.StorageProfile;
import io.jvirt.cdi.api.v1beta1.StorageProfileSpec;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.controller.cluster.StorageClasses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storage form takes its modes from the profile: the spec's sets, else the recommendation. */
class StorageProfileRenderingTest {
  private static final PersistentVolume LOCAL_BLOCK_PV =
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

  @Test
  void theSpecsClaimPropertySetsWinOverTheProvisioners() {
    StorageClassInfo info =
        StorageClasses.info(
            defaultClass("hostpath", "kubevirt.io.hostpath-provisioner"),
            List.of(),
            profile("hostpath", spec(set("ReadWriteMany", "Block")), Map.of()));

    PersistentVolumeClaim claim = render(info);

    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Block");
  }

  @Test
  void theSpecMakesAnUnknownProvisionerUsable() {
    StorageClass unknown = defaultClass("mystery", "example.com/unknown");
    assertThat(
            PvcRenderer.render(
                    CdiFixtures.httpImport("cirros"),
                    List.of(StorageClasses.info(unknown, List.of(), null)),
                    SETTINGS)
                .message())
        .contains("cannot get access mode from StorageProfile mystery");

    PersistentVolumeClaim claim =
        render(
            StorageClasses.info(
                unknown,
                List.of(),
                profile("mystery", spec(set("ReadWriteOnce", "Filesystem")), Map.of())));

    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Filesystem");
  }

  @Test
  void anEmptySpecKeepsTheStaticClassesVolumeRecommendation() {
    PersistentVolumeClaim claim =
        render(
            StorageClasses.info(
                defaultClass("local", ProvisionerCapabilities.NO_PROVISIONER),
                List.of(LOCAL_BLOCK_PV),
                profile("local", new StorageProfileSpec(), Map.of())));

    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.getSpec().getVolumeMode()).isEqualTo("Block");
  }

  @Test
  void aSpecSetWithoutVolumeModeIsIgnoredAsUpstreamDoes() {
    PersistentVolumeClaim claim =
        render(
            StorageClasses.info(
                defaultClass("local", ProvisionerCapabilities.NO_PROVISIONER),
                List.of(LOCAL_BLOCK_PV),
                profile("local", spec(set("ReadWriteMany", null)), Map.of())));

    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
  }

  @Test
  void theProfilesMinimumSupportedSizeRaisesTheRequest() {
    StorageClassInfo info =
        StorageClasses.info(
            defaultClass("hostpath", "kubevirt.io.hostpath-provisioner"),
            List.of(),
            profile(
                "hostpath",
                new StorageProfileSpec(),
                Map.of(CdiAnnotations.MINIMUM_SUPPORTED_PVC_SIZE, "4Gi")));

    assertThat(info.minimumSupportedPvcSizeBytes()).isEqualTo(4L << 30);
    assertThat(render(info).getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo(Long.toString(4L << 30));
  }

  private static PersistentVolumeClaim render(StorageClassInfo info) {
    PvcRendering rendering =
        PvcRenderer.render(CdiFixtures.httpImport("cirros"), List.of(info), SETTINGS);
    assertThat(rendering.problems()).isEmpty();
    return rendering.claim();
  }

  private static StorageClass defaultClass(String name, String provisioner) {
    return new StorageClassBuilder()
        .withNewMetadata()
        .withName(name)
        .addToAnnotations(CdiAnnotations.DEFAULT_STORAGE_CLASS, "true")
        .endMetadata()
        .withProvisioner(provisioner)
        .build();
  }

  private static StorageProfile profile(
      String name, StorageProfileSpec spec, Map<String, String> annotations) {
    StorageProfile profile = new StorageProfile();
    profile.setMetadata(
        new ObjectMetaBuilder().withName(name).withAnnotations(annotations).build());
    profile.setSpec(spec);
    return profile;
  }

  private static StorageProfileSpec spec(ClaimPropertySet... sets) {
    StorageProfileSpec spec = new StorageProfileSpec();
    spec.setClaimPropertySets(List.of(sets));
    return spec;
  }

  private static ClaimPropertySet set(String access, String mode) {
    ClaimPropertySet set = new ClaimPropertySet();
    set.setAccessModes(List.of(access));
    set.setVolumeMode(mode);
    return set;
  }
}
