package io.jvirt.apiserver.admission.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TypedObjectReference;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeBlankImage;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourcePVC;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CDI's DataVolume rules, one broken field at a time, on a valid DataVolume fixture. */
class DataVolumeRulesTest {
  private static final String DATA_VOLUME =
      """
      apiVersion: cdi.kubevirt.io/v1beta1
      kind: DataVolume
      metadata:
        name: dv-test
      spec:
        source:
          http:
            url: http://images.local/cirros.img
        storage:
          resources:
            requests:
              storage: 1Gi
      """;

  /** One way to break the fixture DataVolume, and the error it must cause. */
  record Case(String name, Consumer<DataVolumeSpec> change, String field, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> brokenDataVolumes() {
    return Stream.concat(targetAndSourceCases(), contentAndSizeCases());
  }

  private static Stream<Case> targetAndSourceCases() {
    return Stream.of(
        new Case("no target", spec -> spec.setStorage(null), "spec.PVC", "Missing Data volume PVC"),
        new Case(
            "pvc and storage",
            spec -> spec.setPvc(new PersistentVolumeClaimSpec()),
            "spec.PVC.Storage",
            "Duplicate storage definition, both target storage and target pvc defined"),
        new Case(
            "neither source nor sourceRef",
            spec -> spec.setSource(null),
            "spec.source",
            "Data volume should have either Source or SourceRef, or be externally populated"),
        new Case(
            "source and sourceRef",
            spec -> spec.setSourceRef(sourceRef("DataSource")),
            "spec.source",
            "Data volume should have either Source or SourceRef, or be externally populated"),
        new Case(
            "sourceRef of another kind",
            spec -> {
              spec.setSource(null);
              spec.setSourceRef(sourceRef("PersistentVolumeClaim"));
            },
            "spec.sourceRef.kind",
            "Unsupported sourceRef kind PersistentVolumeClaim, currently only DataSource is"
                + " supported"),
        new Case(
            "empty source",
            spec -> spec.getSource().setHttp(null),
            "spec.source",
            "Missing Data volume source"),
        new Case(
            "two sources",
            spec -> spec.getSource().setBlank(new DataVolumeBlankImage()),
            "spec.source",
            "Multiple Data volume sources"),
        new Case(
            "a modelled and an unmodelled source",
            spec -> spec.getSource().setUnmodelledField("gcs", Map.of("url", "gs://b/o")),
            "spec.source",
            "Multiple Data volume sources"),
        new Case(
            "externally populated with a source",
            spec -> spec.getStorage().setDataSourceRef(new TypedObjectReference()),
            "spec.source",
            "External population is incompatible with Source and SourceRef"));
  }

  private static Stream<Case> contentAndSizeCases() {
    return Stream.of(
        new Case(
            "blank archive",
            spec -> {
              spec.getSource().setHttp(null);
              spec.getSource().setBlank(new DataVolumeBlankImage());
              spec.setContentType(DataVolumeContentType.ARCHIVE);
            },
            "spec.contentType",
            "SourceType cannot be blank and the contentType be archive"),
        new Case(
            "registry archive",
            spec -> {
              registry(spec, "docker://registry.local/jvirt/fedora:devel");
              spec.setContentType(DataVolumeContentType.ARCHIVE);
            },
            "spec.contentType",
            "ContentType must be kubevirt when Source is Registry"),
        new Case(
            "registry without url or image stream",
            spec -> registry(spec, null),
            "spec.source.registry",
            "Source registry should have either URL or ImageStream"),
        new Case(
            "registry with an http url",
            spec -> registry(spec, "https://registry.local/jvirt/fedora:devel"),
            "spec.source.registry.url",
            "Illegal registry source URL scheme https"),
        new Case(
            "import without size",
            spec -> spec.getStorage().setResources(null),
            "spec.storage.resources.requests.storage",
            "Storage size is missing"),
        new Case(
            "pvc import without size",
            spec -> {
              spec.setStorage(null);
              spec.setPvc(new PersistentVolumeClaimSpec());
            },
            "spec.pvc.resources.requests.storage",
            "PVC size is missing"),
        new Case(
            "size below 1MiB",
            spec ->
                spec.getStorage().getResources().getRequests().put("storage", new Quantity("1Ki")),
            "spec.storage.resources.requests.storage",
            "Storage size should be at least 1MiB"));
  }

  @Test
  void theFixtureIsValid() {
    assertThat(DataVolumeRules.check(dataVolume())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDataVolumes")
  void eachBrokenRuleIsReportedOnItsField(Case broken) {
    DataVolume dataVolume = dataVolume();
    broken.change().accept(dataVolume.getSpec());

    assertThat(DataVolumeRules.check(dataVolume))
        .containsExactly(new FieldError(broken.field(), broken.message()));
  }

  @Test
  void aCloneMayLeaveTheSizeOut() {
    DataVolume dataVolume = dataVolume();
    DataVolumeSourcePVC clone = new DataVolumeSourcePVC();
    clone.setNamespace("golden-images");
    clone.setName("fedora-golden");
    dataVolume.getSpec().getSource().setHttp(null);
    dataVolume.getSpec().getSource().setPvc(clone);
    dataVolume.getSpec().getStorage().setResources(null);

    assertThat(DataVolumeRules.check(dataVolume)).isEmpty();
  }

  @Test
  void aDataSourceReferenceMayLeaveTheSizeOut() {
    DataVolume dataVolume = dataVolume();
    dataVolume.getSpec().setSource(null);
    dataVolume.getSpec().setSourceRef(sourceRef("DataSource"));
    dataVolume.getSpec().getStorage().setResources(null);

    assertThat(DataVolumeRules.check(dataVolume)).isEmpty();
  }

  @Test
  void anExternallyPopulatedVolumeNeedsNoSource() {
    DataVolume dataVolume = dataVolume();
    dataVolume.getSpec().setSource(null);
    dataVolume.getSpec().getStorage().setDataSourceRef(new TypedObjectReference());

    assertThat(DataVolumeRules.check(dataVolume)).isEmpty();
  }

  private static DataVolume dataVolume() {
    return AdmissionFixtures.parse(DATA_VOLUME, DataVolume.class);
  }

  private static DataVolumeSourceRef sourceRef(String kind) {
    DataVolumeSourceRef ref = new DataVolumeSourceRef();
    ref.setKind(kind);
    ref.setName("fedora");
    return ref;
  }

  private static void registry(DataVolumeSpec spec, String url) {
    DataVolumeSourceRegistry registry = new DataVolumeSourceRegistry();
    registry.setUrl(url);
    spec.getSource().setHttp(null);
    spec.getSource().setRegistry(registry);
  }
}
