package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.CDIConfigSpec;
import io.jvirt.cdi.api.v1beta1.CDIConfigStatus;
import io.jvirt.cdi.api.v1beta1.FilesystemOverhead;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CDIConfig's status from its spec and the cluster's storage classes: the values every other
 * controller reads, defaults filled in as upstream's config controller does.
 */
public final class ConfigStatusDecider {
  private ConfigStatusDecider() {}

  /** The status for {@code spec} (may be null) on a cluster with {@code classes}. */
  public static CDIConfigStatus status(CDIConfigSpec spec, List<StorageClassInfo> classes) {
    CDIConfigSpec in = spec == null ? new CDIConfigSpec() : spec;
    CDIConfigStatus status = new CDIConfigStatus();
    status.setUploadProxyURL(in.getUploadProxyURLOverride());
    status.setImportProxy(in.getImportProxy());
    status.setScratchSpaceStorageClass(scratchClass(in.getScratchSpaceStorageClass(), classes));
    status.setDefaultPodResourceRequirements(
        in.getPodResourceRequirements() == null
            ? ImporterSettings.defaultResources()
            : in.getPodResourceRequirements());
    status.setFilesystemOverhead(overhead(in.getFilesystemOverhead(), classes));
    status.setPreallocation(Boolean.TRUE.equals(in.getPreallocation()));
    status.setImagePullSecrets(in.getImagePullSecrets());
    return status;
  }

  /** The named class if it exists, else the default class, else none (the target's class). */
  private static String scratchClass(String requested, List<StorageClassInfo> classes) {
    if (requested != null && classes.stream().anyMatch(c -> c.name().equals(requested))) {
      return requested;
    }
    return classes.stream()
        .filter(StorageClassInfo::defaultClass)
        .map(StorageClassInfo::name)
        .findFirst()
        .orElse("");
  }

  private static FilesystemOverhead overhead(
      FilesystemOverhead requested, List<StorageClassInfo> classes) {
    String global =
        requested == null || requested.getGlobal() == null
            ? FilesystemOverheads.DEFAULT_GLOBAL.toPlainString()
            : requested.getGlobal();
    Map<String, String> perClass = new TreeMap<>();
    Map<String, String> asked =
        requested == null || requested.getStorageClass() == null
            ? Map.of()
            : requested.getStorageClass();
    for (StorageClassInfo storageClass : classes) {
      perClass.put(storageClass.name(), asked.getOrDefault(storageClass.name(), global));
    }
    FilesystemOverhead overhead = new FilesystemOverhead();
    overhead.setGlobal(global);
    overhead.setStorageClass(perClass);
    return overhead;
  }
}
