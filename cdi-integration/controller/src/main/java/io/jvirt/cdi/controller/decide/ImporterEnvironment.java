package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.ImportSources;
import io.jvirt.cdi.contract.ImporterEnv;
import io.jvirt.cdi.contract.ImporterPod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The importer container's environment, read from the PVC's annotations (makeImportEnv). */
final class ImporterEnvironment {
  private ImporterEnvironment() {}

  static List<EnvVar> of(PersistentVolumeClaim claim, CdiSettings settings) {
    Map<String, String> annotations = Claims.annotations(claim);
    String source = source(annotations);
    List<EnvVar> env = new ArrayList<>();
    add(env, ImporterEnv.SOURCE, source);
    add(env, ImporterEnv.ENDPOINT, annotations.getOrDefault(CdiAnnotations.ENDPOINT, ""));
    add(
        env,
        ImporterEnv.CONTENT_TYPE,
        annotations.getOrDefault(CdiAnnotations.CONTENT_TYPE, ImportSources.CONTENT_KUBEVIRT));
    add(env, ImporterEnv.IMAGE_SIZE, imageSize(claim));
    add(env, ImporterEnv.OWNER_UID, ownerUid(claim));
    add(env, ImporterEnv.FILESYSTEM_OVERHEAD, overhead(claim, settings));
    add(env, ImporterEnv.INSECURE_TLS, Boolean.toString(insecure(source, annotations, settings)));
    addIfSet(env, ImporterEnv.PULL_METHOD, annotations.get(CdiAnnotations.REGISTRY_IMPORT_METHOD));
    addIfSet(
        env, ImporterEnv.CURRENT_CHECKPOINT, annotations.get(CdiAnnotations.CHECKPOINT_CURRENT));
    addIfSet(
        env, ImporterEnv.PREVIOUS_CHECKPOINT, annotations.get(CdiAnnotations.CHECKPOINT_PREVIOUS));
    addIfSet(env, ImporterEnv.FINAL_CHECKPOINT, annotations.get(CdiAnnotations.CHECKPOINT_FINAL));
    add(
        env,
        ImporterEnv.PREALLOCATION,
        Boolean.toString("true".equals(annotations.get(CdiAnnotations.PREALLOCATION_REQUESTED))));
    add(
        env,
        ImporterEnv.CACHE_MODE,
        "true".equals(annotations.get(CdiAnnotations.REQUIRES_DIRECT_IO))
            ? ImporterEnv.CACHE_MODE_TRY_NONE
            : "");
    addIfSet(
        env,
        ImporterEnv.REGISTRY_IMAGE_ARCHITECTURE,
        annotations.get(CdiAnnotations.REGISTRY_IMAGE_ARCHITECTURE));
    addIfSet(env, ImporterEnv.CHECKSUM, annotations.get(CdiAnnotations.CHECKSUM));
    String secret = annotations.get(CdiAnnotations.SECRET);
    if (secret != null && !ImportSources.GCS.equals(source)) {
      env.add(secretKey(ImporterEnv.ACCESS_KEY_ID, secret, ImporterEnv.SECRET_ACCESS_KEY_ID));
      env.add(secretKey(ImporterEnv.SECRET_KEY, secret, ImporterEnv.SECRET_SECRET_KEY));
    }
    if (annotations.containsKey(CdiAnnotations.CERT_CONFIG_MAP)) {
      add(env, ImporterEnv.CERT_DIR, ImporterPod.CERT_DIR);
    }
    for (int i = 0; annotations.containsKey(CdiAnnotations.extraHeader(i)); i++) {
      add(env, ImporterEnv.extraHeader(i), annotations.get(CdiAnnotations.extraHeader(i)));
    }
    return env;
  }

  /** The source annotation; anything unknown (or missing) means http. */
  static String source(Map<String, String> annotations) {
    String source = annotations.get(CdiAnnotations.SOURCE);
    return switch (source == null ? "" : source) {
      case ImportSources.S3,
          ImportSources.GCS,
          ImportSources.REGISTRY,
          ImportSources.IMAGEIO,
          ImportSources.VDDK,
          ImportSources.GLANCE,
          ImportSources.NONE ->
          source;
      default -> ImportSources.HTTP;
    };
  }

  static String imageSize(PersistentVolumeClaim claim) {
    if (claim.getSpec() == null
        || claim.getSpec().getResources() == null
        || claim.getSpec().getResources().getRequests() == null) {
      return "";
    }
    Quantity size = claim.getSpec().getResources().getRequests().get("storage");
    return size == null ? "" : size.toString();
  }

  static String ownerUid(PersistentVolumeClaim claim) {
    List<OwnerReference> owners = claim.getMetadata().getOwnerReferences();
    if (owners != null && owners.size() == 1) {
      return owners.get(0).getUid();
    }
    return claim.getMetadata().getUid();
  }

  static String overhead(PersistentVolumeClaim claim, CdiSettings settings) {
    if (Claims.block(claim)) {
      return "0";
    }
    String storageClass = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
    return settings.filesystemOverheads().forStorageClass(storageClass).toPlainString();
  }

  private static boolean insecure(
      String source, Map<String, String> annotations, CdiSettings settings) {
    if (ImportSources.HTTP.equals(source) || ImportSources.IMAGEIO.equals(source)) {
      return "true".equals(annotations.get(CdiAnnotations.INSECURE_SKIP_VERIFY));
    }
    String endpoint = annotations.getOrDefault(CdiAnnotations.ENDPOINT, "");
    if (ImportSources.REGISTRY.equals(source) && endpoint.startsWith("docker://")) {
      String rest = endpoint.substring("docker://".length());
      int slash = rest.indexOf('/');
      String host = slash < 0 ? rest : rest.substring(0, slash);
      return settings.importer().insecureRegistries().contains(host);
    }
    return false;
  }

  private static EnvVar secretKey(String name, String secret, String key) {
    return new EnvVarBuilder()
        .withName(name)
        .withNewValueFrom()
        .withNewSecretKeyRef()
        .withName(secret)
        .withKey(key)
        .withOptional(false)
        .endSecretKeyRef()
        .endValueFrom()
        .build();
  }

  private static void add(List<EnvVar> env, String name, String value) {
    env.add(new EnvVarBuilder().withName(name).withValue(value).build());
  }

  private static void addIfSet(List<EnvVar> env, String name, String value) {
    if (value != null && !value.isEmpty()) {
      add(env, name, value);
    }
  }
}
