package io.jvirt.cdi.controller.decide;

import io.jvirt.cdi.api.v1beta1.DataVolumeSource;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceHTTP;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceRegistry;
import io.jvirt.cdi.api.v1beta1.DataVolumeSourceS3;
import io.jvirt.cdi.contract.CdiAnnotations;
import io.jvirt.cdi.contract.ImportSources;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The PVC annotations that tell the worker controllers where the data comes from (section 4.3). */
final class SourceAnnotations {
  private SourceAnnotations() {}

  /** The annotations for {@code source}; empty when it is null (external population). */
  static Map<String, String> of(DataVolumeSource source) {
    Map<String, String> out = new TreeMap<>();
    if (source == null) {
      return out;
    }
    if (source.getHttp() != null) {
      http(source.getHttp(), out);
    } else if (source.getS3() != null) {
      s3(source.getS3(), out);
    } else if (source.getRegistry() != null) {
      registry(source.getRegistry(), out);
    } else if (source.getBlank() != null) {
      out.put(CdiAnnotations.SOURCE, ImportSources.NONE);
    } else if (source.getUpload() != null) {
      out.put(CdiAnnotations.UPLOAD_TARGET, "");
    } else if (source.getPvc() != null) {
      out.put(
          CdiAnnotations.CLONE_REQUEST,
          source.getPvc().getNamespace() + "/" + source.getPvc().getName());
    }
    return out;
  }

  private static void http(DataVolumeSourceHTTP http, Map<String, String> out) {
    out.put(CdiAnnotations.SOURCE, ImportSources.HTTP);
    out.put(CdiAnnotations.ENDPOINT, http.getUrl());
    putIfSet(out, CdiAnnotations.SECRET, http.getSecretRef());
    putIfSet(out, CdiAnnotations.CERT_CONFIG_MAP, http.getCertConfigMap());
    putIfSet(out, CdiAnnotations.CHECKSUM, http.getChecksum());
    if (Boolean.TRUE.equals(http.getInsecureSkipVerify())) {
      out.put(CdiAnnotations.INSECURE_SKIP_VERIFY, "true");
    }
    List<String> headers = http.getExtraHeaders() == null ? List.of() : http.getExtraHeaders();
    for (int i = 0; i < headers.size(); i++) {
      out.put(CdiAnnotations.extraHeader(i), headers.get(i));
    }
    List<String> secrets =
        http.getSecretExtraHeaders() == null ? List.of() : http.getSecretExtraHeaders();
    for (int i = 0; i < secrets.size(); i++) {
      out.put(CdiAnnotations.secretExtraHeader(i), secrets.get(i));
    }
  }

  private static void s3(DataVolumeSourceS3 s3, Map<String, String> out) {
    out.put(CdiAnnotations.SOURCE, ImportSources.S3);
    out.put(CdiAnnotations.ENDPOINT, s3.getUrl());
    putIfSet(out, CdiAnnotations.SECRET, s3.getSecretRef());
    putIfSet(out, CdiAnnotations.CERT_CONFIG_MAP, s3.getCertConfigMap());
  }

  private static void registry(DataVolumeSourceRegistry registry, Map<String, String> out) {
    out.put(CdiAnnotations.SOURCE, ImportSources.REGISTRY);
    putIfSet(out, CdiAnnotations.ENDPOINT, registry.getUrl());
    putIfSet(out, CdiAnnotations.REGISTRY_IMPORT_METHOD, registry.getPullMethod());
    putIfSet(out, CdiAnnotations.REGISTRY_IMAGE_STREAM, registry.getImageStream());
    putIfSet(out, CdiAnnotations.SECRET, registry.getSecretRef());
    putIfSet(out, CdiAnnotations.CERT_CONFIG_MAP, registry.getCertConfigMap());
    if (registry.getPlatform() != null) {
      putIfSet(
          out,
          CdiAnnotations.REGISTRY_IMAGE_ARCHITECTURE,
          registry.getPlatform().getArchitecture());
    }
  }

  private static void putIfSet(Map<String, String> out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(key, value);
    }
  }
}
