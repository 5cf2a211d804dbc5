package io.jvirt.apiserver.admission.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The object-only rules of CDI's DataVolume validating webhook. Like CDI, it stops at the first
 * broken rule, as later rules assume the earlier ones hold. Rules that need the cluster (the
 * referenced DataSource exists, no foreign PVC of the same name) are checked elsewhere.
 */
public final class DataVolumeRules {
  private static final BigDecimal ONE_MIB = BigDecimal.valueOf(1024L * 1024L);

  private DataVolumeRules() {}

  /** The first rule the DataVolume breaks, if any. */
  public static List<FieldError> check(DataVolume dataVolume) {
    DataVolumeSpec spec =
        dataVolume.getSpec() == null ? new DataVolumeSpec() : dataVolume.getSpec();
    return target(spec)
        .or(() -> sources(spec))
        .or(() -> content(spec))
        .or(() -> size(spec))
        .map(List::of)
        .orElse(List.of());
  }

  private static Optional<FieldError> target(DataVolumeSpec spec) {
    if (spec.getPvc() == null && spec.getStorage() == null) {
      return Optional.of(new FieldError("spec.PVC", "Missing Data volume PVC"));
    }
    if (spec.getPvc() != null && spec.getStorage() != null) {
      return Optional.of(
          new FieldError(
              "spec.PVC.Storage",
              "Duplicate storage definition, both target storage and target pvc defined"));
    }
    return Optional.empty();
  }

  private static Optional<FieldError> sources(DataVolumeSpec spec) {
    boolean hasSource = spec.getSource() != null;
    boolean hasSourceRef = spec.getSourceRef() != null;
    if (isExternallyPopulated(spec)) {
      return hasSource || hasSourceRef
          ? Optional.of(
              new FieldError(
                  "spec.source", "External population is incompatible with Source and SourceRef"))
          : Optional.empty();
    }
    if (hasSource == hasSourceRef) {
      return Optional.of(
          new FieldError(
              "spec.source",
              "Data volume should have either Source or SourceRef, or be externally populated"));
    }
    if (hasSourceRef) {
      String kind = spec.getSourceRef().getKind();
      return "DataSource".equals(kind)
          ? Optional.empty()
          : Optional.of(
              new FieldError(
                  "spec.sourceRef.kind",
                  "Unsupported sourceRef kind "
                      + kind
                      + ", currently only DataSource is supported"));
    }
    long count = sourceCount(spec.getSource());
    if (count == 0) {
      return Optional.of(new FieldError("spec.source", "Missing Data volume source"));
    }
    if (count > 1) {
      return Optional.of(new FieldError("spec.source", "Multiple Data volume sources"));
    }
    return Optional.empty();
  }

  /** Set members, modelled or not (gcs, imageio, vddk, snapshot are kept unmodelled). */
  static long sourceCount(DataVolumeSource source) {
    long modelled =
        Stream.of(
                source.getHttp(),
                source.getS3(),
                source.getRegistry(),
                source.getPvc(),
                source.getUpload(),
                source.getBlank())
            .filter(Objects::nonNull)
            .count();
    return modelled + VmiParts.presentKeys(source.getUnmodelledFields()).size();
  }

  private static boolean isExternallyPopulated(DataVolumeSpec spec) {
    PersistentVolumeClaimSpec pvc = spec.getPvc();
    StorageSpec storage = spec.getStorage();
    return pvc != null && (pvc.getDataSource() != null || pvc.getDataSourceRef() != null)
        || storage != null
            && (storage.getDataSource() != null || storage.getDataSourceRef() != null);
  }

  private static Optional<FieldError> content(DataVolumeSpec spec) {
    DataVolumeSource source = spec.getSource();
    if (source == null) {
      return Optional.empty();
    }
    boolean archive = spec.getContentType() == DataVolumeContentType.ARCHIVE;
    if (archive && source.getBlank() != null) {
      return Optional.of(
          new FieldError(
              "spec.contentType", "SourceType cannot be blank and the contentType be archive"));
    }
    if (archive && source.getRegistry() != null) {
      return Optional.of(
          new FieldError(
              "spec.contentType", "ContentType must be kubevirt when Source is Registry"));
    }
    return Optional.ofNullable(source.getRegistry()).flatMap(DataVolumeRules::registry);
  }

  private static Optional<FieldError> registry(DataVolumeSourceRegistry registry) {
    boolean url = registry.getUrl() != null && !registry.getUrl().isEmpty();
    boolean imageStream = registry.getImageStream() != null && !registry.getImageStream().isEmpty();
    if (url == imageStream) {
      return Optional.of(
          new FieldError(
              "spec.source.registry", "Source registry should have either URL or ImageStream"));
    }
    if (url) {
      String value = registry.getUrl();
      int end = value.indexOf("://");
      String scheme = end < 0 ? "" : value.substring(0, end);
      if (!scheme.equals("docker") && !scheme.equals("oci-archive")) {
        return Optional.of(
            new FieldError(
                "spec.source.registry.url", "Illegal registry source URL scheme " + scheme));
      }
    }
    return Optional.empty();
  }

  // A clone takes its size from the source claim, so only a clone may leave the size out.
  private static Optional<FieldError> size(DataVolumeSpec spec) {
    boolean clone =
        spec.getSourceRef() != null
            || spec.getSource() != null
                && (spec.getSource().getPvc() != null
                    || spec.getSource().getUnmodelledFields().get("snapshot") != null);
    if (isExternallyPopulated(spec)) {
      return Optional.empty();
    }
    String name = spec.getPvc() != null ? "PVC" : "Storage";
    String field = "spec." + (spec.getPvc() != null ? "pvc" : "storage") + ".resources.requests";
    VolumeResourceRequirements resources =
        spec.getPvc() != null ? spec.getPvc().getResources() : spec.getStorage().getResources();
    Quantity size =
        resources == null ? null : VmiParts.orEmpty(resources.getRequests()).get("storage");
    if (size == null) {
      return clone
          ? Optional.empty()
          : Optional.of(new FieldError(field + ".storage", name + " size is missing"));
    }
    Optional<BigDecimal> bytes = VmiResourceRules.amount(size);
    if (bytes.isPresent() && bytes.get().compareTo(ONE_MIB) < 0) {
      return Optional.of(
          new FieldError(field + ".storage", name + " size should be at least 1MiB"));
    }
    return Optional.empty();
  }
}
