package io.jvirt.cdi.controller.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.TypedObjectReference;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeBlankImage;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rejection names the field at fault. */
class DataVolumeValidatorTest {
  private static List<String> messages(DataVolume dv) {
    return DataVolumeValidator.validate(dv).stream().map(FieldProblem::message).toList();
  }

  @Test
  void validImportHasNoProblems() {
    assertThat(DataVolumeValidator.validate(CdiFixtures.httpImport("ok"))).isEmpty();
  }

  @Test
  void httpUrlIsRequired() {
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec().getSource().getHttp().setUrl(null);
    assertThat(DataVolumeValidator.validate(dv))
        .containsExactly(
            new FieldProblem("spec.source.http.url", "spec.source.http.url is required"));
  }

  @Test
  void checksumMustBeASupportedAlgorithmWithADigestOfItsLength() {
    assertThat(SourceValidator.validChecksum("sha256:" + "0".repeat(64))).isTrue();
    assertThat(SourceValidator.validChecksum("md5:" + "f".repeat(32))).isTrue();
    assertThat(SourceValidator.validChecksum("sha1:" + "f".repeat(32))).isFalse();
    assertThat(SourceValidator.validChecksum("crc32:deadbeef")).isFalse();
    assertThat(SourceValidator.validChecksum("sha256")).isFalse();
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec().getSource().getHttp().setChecksum("sha256:xyz");
    assertThat(messages(dv))
        .containsExactly("spec.source.http.checksum: Invalid checksum format: sha256:xyz");
  }

  @Test
  void sourceMustBeExactlyOne() {
    DataVolume none = CdiFixtures.httpImport("x");
    none.getSpec().setSource(new DataVolumeSource());
    assertThat(messages(none)).containsExactly("spec.source: Missing Data volume source");
    DataVolume two = CdiFixtures.httpImport("x");
    two.getSpec().getSource().setBlank(new DataVolumeBlankImage());
    assertThat(messages(two)).containsExactly("spec.source: Multiple Data volume sources");
    DataVolume neither = CdiFixtures.httpImport("x");
    neither.getSpec().setSource(null);
    assertThat(messages(neither))
        .containsExactly(
            "spec.source: Data volume should have either Source or SourceRef, or be externally"
                + " populated");
  }

  @Test
  void externalPopulationNeedsNoSourceAndForbidsOne() {
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec()
        .getStorage()
        .setDataSourceRef(new TypedObjectReference("example.io", "Populator", "p", null));
    assertThat(messages(dv))
        .containsExactly(
            "spec.source: External population is incompatible with Source and SourceRef");
    dv.getSpec().setSource(null);
    assertThat(messages(dv)).isEmpty();
    assertThat(DataVolumeKind.of(dv)).isEqualTo(DataVolumeKind.EXTERNAL);
  }

  @Test
  void sourceRefMustNameADataSource() {
    DataVolume dv = CdiFixtures.httpImport("x");
    dv.getSpec().setSource(null);
    DataVolumeSourceRef ref = new DataVolumeSourceRef();
    ref.setKind("VolumeSnapshot");
    dv.getSpec().setSourceRef(ref);
    dv.getSpec().setStorage(CdiFixtures.storage(null));
    assertThat(messages(dv))
        .containsExactly(
            "spec.sourceRef.kind: Unsupported sourceRef kind VolumeSnapshot, currently only"
                + " DataSource is supported",
            "spec.sourceRef.name is required");
  }

  @Test
  void targetMustBeExactlyOneOfPvcAndStorage() {
    DataVolume none = CdiFixtures.httpImport("x");
    none.getSpec().setStorage(null);
    assertThat(messages(none)).containsExactly("spec.pvc: Missing Data volume PVC");
    DataVolume both = CdiFixtures.httpImport("x");
    both.getSpec().setPvc(new PersistentVolumeClaimSpec());
    assertThat(messages(both))
        .contains(
            "spec.storage: Duplicate storage definition, both target storage and target pvc"
                + " defined");
  }

  @Test
  void sizeIsRequiredAndAtLeastOneMebibyteExceptForClones() {
    DataVolume missing = CdiFixtures.httpImport("x");
    missing.getSpec().setStorage(CdiFixtures.storage(null));
    assertThat(messages(missing))
        .containsExactly("spec.storage.resources.requests.storage: size is missing");
    DataVolume tiny = CdiFixtures.httpImport("x");
    tiny.getSpec().setStorage(CdiFixtures.storage("1000Ki"));
    assertThat(messages(tiny))
        .containsExactly("spec.storage.resources.requests.storage: size should be at least 1MiB");
    assertThat(messages(CdiFixtures.blank("x", "1Mi"))).isEmpty();
  }

  @Test
  void contentTypeRules() {
    DataVolume blankArchive = CdiFixtures.blank("x", "1Gi");
    blankArchive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    assertThat(messages(blankArchive))
        .containsExactly(
            "spec.contentType: SourceType cannot be blank and the contentType be archive");
    DataVolume registryArchive = CdiFixtures.registry("x", "docker://quay.io/a/b");
    registryArchive.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    assertThat(messages(registryArchive))
        .containsExactly("spec.contentType: ContentType must be kubevirt when Source is Registry");
    DataVolume archiveBlock = CdiFixtures.httpImport("x");
    archiveBlock.getSpec().setContentType(DataVolumeContentType.ARCHIVE);
    archiveBlock.getSpec().getStorage().setVolumeMode("Block");
    assertThat(messages(archiveBlock))
        .containsExactly(
            "spec.storage.volumeMode: ContentType Archive cannot have block volumeMode");
  }

  @Test
  void registryRules() {
    assertThat(messages(CdiFixtures.registry("x", "http://quay.io/a/b")))
        .containsExactly("spec.source.registry.url: Illegal registry source URL scheme http");
    assertThat(messages(CdiFixtures.registry("x", "oci-archive:///a.tar"))).isEmpty();
    DataVolume neither = CdiFixtures.registry("x", null);
    assertThat(messages(neither))
        .containsExactly(
            "spec.source.registry: Source registry should have either URL or ImageStream");
    DataVolume stream = CdiFixtures.registry("x", null);
    stream.getSpec().getSource().getRegistry().setImageStream("fedora:latest");
    assertThat(messages(stream))
        .containsExactly("spec.source.registry.pullMethod: ImageStream requires pullMethod node");
    stream.getSpec().getSource().getRegistry().setPullMethod("node");
    assertThat(messages(stream)).isEmpty();
  }

  @Test
  void nameLengthIsLimited() {
    assertThat(messages(CdiFixtures.httpImport("n".repeat(254))))
        .containsExactly("metadata.name: Name cannot be longer than 253 characters");
  }
}
