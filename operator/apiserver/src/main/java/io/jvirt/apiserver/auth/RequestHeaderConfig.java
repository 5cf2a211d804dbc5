package io.jvirt.apiserver.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.daemon.tls.Pem;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How the API server authenticates itself to aggregated servers: the front-proxy CA, the client
 * names allowed, and the headers carrying the user (from {@code
 * kube-system/extension-apiserver-authentication}).
 */
public record RequestHeaderConfig(
    List<X509Certificate> clientCas,
    List<String> allowedNames,
    List<String> usernameHeaders,
    List<String> groupHeaders,
    List<String> extraHeaderPrefixes) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Immutable copies. */
  public RequestHeaderConfig {
    clientCas = List.copyOf(clientCas);
    allowedNames = List.copyOf(allowedNames);
    usernameHeaders = List.copyOf(usernameHeaders);
    groupHeaders = List.copyOf(groupHeaders);
    extraHeaderPrefixes = List.copyOf(extraHeaderPrefixes);
  }

  /** Reads the cluster's configuration; fails when the cluster has no front proxy set up. */
  public static RequestHeaderConfig load(KubernetesClient client) {
    ConfigMap map =
        client
            .configMaps()
            .inNamespace("kube-system")
            .withName("extension-apiserver-authentication")
            .get();
    if (map == null || map.getData().get("requestheader-client-ca-file") == null) {
      throw new IllegalStateException(
          "the API server has no front-proxy (requestheader) configuration: "
              + "kube-system/extension-apiserver-authentication lacks requestheader-client-ca-file");
    }
    var data = map.getData();
    return new RequestHeaderConfig(
        Pem.certificates(data.get("requestheader-client-ca-file")),
        list(data.get("requestheader-allowed-names")),
        list(data.get("requestheader-username-headers")),
        list(data.get("requestheader-group-headers")),
        list(data.get("requestheader-extra-headers-prefix")));
  }

  private static List<String> list(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable requestheader setting: " + json, e);
    }
  }
}
