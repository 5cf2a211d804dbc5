package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.jvirt.cdi.api.v1beta1.CdiGroup;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumeSpec;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.CdiLabels;
import io.jvirt.common.model.DeepCopies;
import io.jvirt.common.model.WireNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DataVolume to the PVC the DataVolume controller creates (section 4.2): same name and namespace,
 * controlled by the DataVolume, the {@code pvc} form copied as is or the {@code storage} form
 * completed, DataVolume labels and annotations plus the source annotations of section 4.3.
 */
public final class PvcRenderer {
  private PvcRenderer() {}

  /** The claim for {@code dv}, or why there is none. The DataVolume is not modified. */
  public static PvcRendering render(
      DataVolume dv, List<StorageClassInfo> classes, CdiSettings settings) {
    return render(dv, classes, settings, null);
  }

  /**
   * The claim for {@code dv}; a clone that gives no size takes the size of {@code cloneSource}
   * (null when unknown). The DataVolume is not modified.
   */
  public static PvcRendering render(
      DataVolume dv,
      List<StorageClassInfo> classes,
      CdiSettings settings,
      PersistentVolumeClaim cloneSource) {
    List<FieldProblem> problems = DataVolumeValidator.validate(dv);
    if (!problems.isEmpty()) {
      return PvcRendering.invalid(problems);
    }
    PersistentVolumeClaimSpec spec;
    try {
      spec =
          dv.getSpec().getPvc() != null
              ? DeepCopies.of(dv.getSpec().getPvc(), PersistentVolumeClaimSpec.class)
              : StorageSpecRenderer.render(dv, classes, settings);
    } catch (ClaimNotValid e) {
      return PvcRendering.invalid(List.of(e.problem));
    }
    if (DataVolumeKind.of(dv) == DataVolumeKind.CLONE) {
      CloneSize.fill(spec, cloneSource);
    }
    PersistentVolumeClaim claim =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withName(dv.getMetadata().getName())
            .withNamespace(dv.getMetadata().getNamespace())
            .withLabels(labels(dv, spec, settings))
            .withAnnotations(annotations(dv, settings))
            .withOwnerReferences(ownerReference(dv))
            .endMetadata()
            .withSpec(spec)
            .build();
    return PvcRendering.of(claim);
  }

  /** The controller reference a DataVolume's PVC carries. */
  public static OwnerReference ownerReference(DataVolume dv) {
    return new OwnerReferenceBuilder()
        .withApiVersion(CdiGroup.API_VERSION)
        .withKind("DataVolume")
        .withName(dv.getMetadata().getName())
        .withUid(dv.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  private static Map<String, String> labels(
      DataVolume dv, PersistentVolumeClaimSpec spec, CdiSettings settings) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(CdiLabels.APP, CdiLabels.APP_VALUE);
    labels.putAll(settings.installerLabels());
    labels.put(CdiLabels.MANAGED_BY, CdiLabels.CONTROLLER_NAME);
    labels.put(CdiLabels.RECOMMENDED_COMPONENT, CdiLabels.STORAGE_COMPONENT);
    if (dv.getMetadata().getLabels() != null) {
      labels.putAll(dv.getMetadata().getLabels());
    }
    if (!StorageSpecRenderer.BLOCK.equals(spec.getVolumeMode())) {
      labels.put(CdiLabels.KUBE_PVC_FILLING_UP_ALERT, CdiLabels.KUBE_PVC_FILLING_UP_ALERT_VALUE);
    }
    return labels;
  }

  private static Map<String, String> annotations(DataVolume dv, CdiSettings settings) {
    ObjectMeta meta = dv.getMetadata();
    DataVolumeSpec spec = dv.getSpec();
    Map<String, String> annotations = new TreeMap<>();
    if (meta.getAnnotations() != null) {
      annotations.putAll(meta.getAnnotations());
    }
    annotations.put(CdiAnnotations.POD_RESTARTS, "0");
    annotations.put(
        CdiAnnotations.CONTENT_TYPE, WireNames.of(DataVolumeValidator.contentType(spec)));
    boolean preallocation =
        spec.getPreallocation() == null ? settings.preallocation() : spec.getPreallocation();
    annotations.put(CdiAnnotations.PREALLOCATION_REQUESTED, Boolean.toString(preallocation));
    if (meta.getUid() != null) {
      annotations.put(CdiAnnotations.CREATED_FOR_DATA_VOLUME, meta.getUid());
    }
    if (spec.getPriorityClassName() != null) {
      annotations.put(CdiAnnotations.POD_PRIORITY_CLASS_NAME, spec.getPriorityClassName());
    }
    if (spec.getServiceAccountName() != null) {
      annotations.put(CdiAnnotations.POD_SERVICE_ACCOUNT_NAME, spec.getServiceAccountName());
    }
    annotations.putAll(SourceAnnotations.of(spec.getSource()));
    return annotations;
  }
}
