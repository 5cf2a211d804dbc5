package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeContentType;
import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRef;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.api.v1beta1.StorageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The DataVolume rules upstream's admission webhook enforces, checked again before rendering so a
 * DataVolume admitted without the webhook still fails with a message naming the field.
 */
public final class DataVolumeValidator {
  /** Longest DataVolume name. */
  public static final int MAX_NAME_LENGTH = 253;

  private DataVolumeValidator() {}

  /** Every problem found; empty when {@code dv} can be rendered. */
  public static List<FieldProblem> validate(DataVolume dv) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = dv.getMetadata() == null ? null : dv.getMetadata().getName();
    if (name != null && name.length() > MAX_NAME_LENGTH) {
      problems.add(
          new FieldProblem(
              "metadata.name",
              "metadata.name: Name cannot be longer than " + MAX_NAME_LENGTH + " characters"));
    }
    DataVolumeSpec spec = dv.getSpec();
    if (spec == null) {
      problems.add(new FieldProblem("spec", "spec: Missing Data volume PVC"));
      return problems;
    }
    checkTarget(spec, problems);
    checkOrigin(spec, problems);
    if (spec.getSource() != null) {
      SourceValidator.check(spec.getSource(), contentType(spec), problems);
    }
    checkSize(spec, DataVolumeKind.of(dv) == DataVolumeKind.CLONE, problems);
    return problems;
  }

  /** The content type, {@code kubevirt} when unset. */
  static DataVolumeContentType contentType(DataVolumeSpec spec) {
    return spec.getContentType() == null ? DataVolumeContentType.KUBEVIRT : spec.getContentType();
  }

  private static void checkTarget(DataVolumeSpec spec, List<FieldProblem> problems) {
    if (spec.getPvc() == null && spec.getStorage() == null) {
      problems.add(new FieldProblem("spec.pvc", "spec.pvc: Missing Data volume PVC"));
    } else if (spec.getPvc() != null && spec.getStorage() != null) {
      problems.add(
          new FieldProblem(
              "spec.storage",
              "spec.storage: Duplicate storage definition, both target storage and target pvc"
                  + " defined"));
    }
    if (contentType(spec) == DataVolumeContentType.ARCHIVE && "Block".equals(volumeMode(spec))) {
      String field = spec.getPvc() != null ? "spec.pvc.volumeMode" : "spec.storage.volumeMode";
      problems.add(
          new FieldProblem(field, field + ": ContentType Archive cannot have block volumeMode"));
    }
  }

  private static void checkOrigin(DataVolumeSpec spec, List<FieldProblem> problems) {
    boolean external = externallyPopulated(spec);
    DataVolumeSource source = spec.getSource();
    DataVolumeSourceRef ref = spec.getSourceRef();
    if (external && (source != null || ref != null)) {
      problems.add(
          new FieldProblem(
              "spec.source",
              "spec.source: External population is incompatible with Source and SourceRef"));
    } else if (source == null && ref == null && !external) {
      problems.add(
          new FieldProblem(
              "spec.source",
              "spec.source: Data volume should have either Source or SourceRef, or be externally"
                  + " populated"));
    } else if (source != null && ref != null) {
      problems.add(
          new FieldProblem(
              "spec.sourceRef",
              "spec.sourceRef: Data volume should have either Source or SourceRef, not both"));
    }
    if (ref != null) {
      if (!"DataSource".equals(ref.getKind())) {
        problems.add(
            new FieldProblem(
                "spec.sourceRef.kind",
                "spec.sourceRef.kind: Unsupported sourceRef kind "
                    + ref.getKind()
                    + ", currently only DataSource is supported"));
      }
      if (blank(ref.getName())) {
        problems.add(new FieldProblem("spec.sourceRef.name", "spec.sourceRef.name is required"));
      }
    }
  }

  private static void checkSize(DataVolumeSpec spec, boolean clone, List<FieldProblem> problems) {
    Map<String, Quantity> requests = requests(spec);
    String field =
        (spec.getPvc() != null ? "spec.pvc" : "spec.storage") + ".resources.requests.storage";
    Quantity size = requests == null ? null : requests.get("storage");
    if (size == null) {
      if (!clone && (spec.getPvc() != null || spec.getStorage() != null)) {
        problems.add(new FieldProblem(field, field + ": size is missing"));
      }
      return;
    }
    long bytes;
    try {
      bytes = Sizes.bytes(size);
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.add(new FieldProblem(field, field + ": " + size + " is not a valid quantity"));
      return;
    }
    if (bytes < Sizes.MIB) {
      problems.add(new FieldProblem(field, field + ": size should be at least 1MiB"));
    }
  }

  /** The claim is filled by a third party: the target names a dataSource or dataSourceRef. */
  static boolean externallyPopulated(DataVolumeSpec spec) {
    PersistentVolumeClaimSpec pvc = spec.getPvc();
    StorageSpec storage = spec.getStorage();
    return pvc != null && (pvc.getDataSource() != null || pvc.getDataSourceRef() != null)
        || storage != null
            && (storage.getDataSource() != null || storage.getDataSourceRef() != null);
  }

  private static String volumeMode(DataVolumeSpec spec) {
    if (spec.getPvc() != null) {
      return spec.getPvc().getVolumeMode();
    }
    return spec.getStorage() == null ? null : spec.getStorage().getVolumeMode();
  }

  private static Map<String, Quantity> requests(DataVolumeSpec spec) {
    if (spec.getPvc() != null) {
      return spec.getPvc().getResources() == null
          ? null
          : spec.getPvc().getResources().getRequests();
    }
    StorageSpec storage = spec.getStorage();
    return storage == null || storage.getResources() == null
        ? null
        : storage.getResources().getRequests();
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
