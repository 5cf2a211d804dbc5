package io.jvirt.controller.vmi.render;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.jvirt.api.v1.KubevirtGroup;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.contract.KubevirtAnnotations;
import io.jvirt.contract.KubevirtLabels;
import io.jvirt.contract.LauncherPod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Name, labels, annotations and owner of a launcher pod (upstream template.go). */
final class PodMetadata {
  /** Longest DNS-1035/1123 label: the limit for label values and hostnames. */
  static final int MAX_LABEL_LENGTH = 63;

  static final String EVICT_ONLY = "descheduler.alpha.kubernetes.io/request-evict-only";

  private static final int HASH_LENGTH = 8;

  private PodMetadata() {}

  static ObjectMeta render(VirtualMachineInstance vmi) {
    ObjectMeta vmiMeta = vmi.getMetadata();
    return new ObjectMetaBuilder()
        .withGenerateName("virt-launcher-" + vmiMeta.getName() + "-")
        .withNamespace(vmiMeta.getNamespace())
        .withLabels(labels(vmi))
        .withAnnotations(annotations(vmi))
        .withOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion(KubevirtGroup.API_VERSION)
                .withKind("VirtualMachineInstance")
                .withName(vmiMeta.getName())
                .withUid(vmiMeta.getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build())
        .build();
  }

  static SortedMap<String, String> labels(VirtualMachineInstance vmi) {
    SortedMap<String, String> labels = new TreeMap<>();
    putAll(labels, vmi.getMetadata().getLabels());
    labels.put(KubevirtLabels.APP, KubevirtLabels.LAUNCHER);
    labels.put(KubevirtLabels.CREATED_BY, vmi.getMetadata().getUid());
    labels.put(KubevirtLabels.VM_NAME, hostname(vmi));
    labels.put(KubevirtLabels.VMI_ID, vmiId(vmi.getMetadata().getName()));
    return labels;
  }

  static SortedMap<String, String> annotations(VirtualMachineInstance vmi) {
    SortedMap<String, String> annotations = new TreeMap<>();
    annotations.put(KubevirtAnnotations.DOMAIN, vmi.getMetadata().getName());
    Map<String, String> vmiAnnotations = vmi.getMetadata().getAnnotations();
    if (vmiAnnotations != null) {
      vmiAnnotations.forEach(
          (key, value) -> {
            if (!key.startsWith("kubectl.kubernetes.io")
                && !key.startsWith(KubevirtAnnotations.LATEST_OBSERVED_API_VERSION)
                && !key.startsWith(KubevirtAnnotations.STORAGE_OBSERVED_API_VERSION)) {
              annotations.put(key, value);
            }
          });
    }
    annotations.put(KubevirtAnnotations.DEFAULT_CONTAINER, LauncherPod.COMPUTE);
    annotations.put(KubevirtAnnotations.MIGRATION_TRANSPORT_UNIX, "true");
    annotations.put(EVICT_ONLY, "");
    return annotations;
  }

  /** spec.hostname, else the VMI name up to its first dot, cut to 63 characters. */
  static String hostname(VirtualMachineInstance vmi) {
    String hostname = vmi.getSpec().getHostname();
    if (hostname != null && !hostname.isEmpty()) {
      return hostname;
    }
    String name = vmi.getMetadata().getName();
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    return first.length() > MAX_LABEL_LENGTH ? first.substring(0, MAX_LABEL_LENGTH) : first;
  }

  /** The VMI name, or for names over 63 characters a prefix plus 8 hex digits of its SHA-1. */
  static String vmiId(String name) {
    if (name.length() <= MAX_LABEL_LENGTH) {
      return name;
    }
    String hash = HexFormat.of().formatHex(sha1(name)).substring(0, HASH_LENGTH);
    return name.substring(0, MAX_LABEL_LENGTH - HASH_LENGTH - 1) + "-" + hash;
  }

  private static byte[] sha1(String text) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
  }

  private static void putAll(Map<String, String> target, Map<String, String> source) {
    if (source != null) {
      target.putAll(source);
    }
  }
}
